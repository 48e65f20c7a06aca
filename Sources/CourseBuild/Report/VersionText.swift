import CCmark

extension CourseBuildVersion {
    /// The libcmark this binary links, as the library reports it at run time.
    public static var libcmark: String { String(cString: cmark_version_string()) }

    /// What `coursebuild --version` prints.
    public static var description: String { "coursebuild \(current) (libcmark \(libcmark))" }
}
