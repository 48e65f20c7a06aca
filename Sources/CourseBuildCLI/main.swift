import ArgumentParser
import CourseBuild
import Foundation

// Exit codes per SPEC §2: 0 success, 1 lint errors, 2 bad usage or I/O failure.
// ArgumentParser's own usage exit code (64) is mapped to 2 here.
do {
    var command = try CourseBuildCommand.parseAsRoot()
    try command.run()
} catch let exit as ExitCode {
    Foundation.exit(exit.rawValue)
} catch let error as CourseError {
    FileHandle.standardError.write(Data("coursebuild: error: \(error.description)\n".utf8))
    Foundation.exit(2)
} catch {
    let code = CourseBuildCommand.exitCode(for: error)
    let message = CourseBuildCommand.fullMessage(for: error)
    if code == .success {
        print(message)
        Foundation.exit(0)
    }
    FileHandle.standardError.write(Data((message + "\n").utf8))
    Foundation.exit(2)
}
