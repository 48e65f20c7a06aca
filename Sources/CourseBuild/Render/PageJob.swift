/// One page to render. Pages do not depend on each other, so every page of
/// the site and of the EPUB renders in one pool over all cores: two pools one
/// after the other left a core idle while each finished its long pages.
struct PageJob {
    /// Course-wide pages (references, glossary) take longest: they start first
    /// so that they do not finish last.
    var isLong = false
    /// Usually one page; a part split by size (the print edition's volumes) knows its pages once rendered.
    let render: () throws -> [OutputFile]

    init(isLong: Bool = false, render: @escaping () throws -> OutputFile) {
        self.isLong = isLong
        self.render = { [try render()] }
    }

    init(isLong: Bool = false, pages: @escaping () throws -> [OutputFile]) {
        self.isLong = isLong
        self.render = pages
    }
}

extension Array where Element == PageJob {
    /// Each job's pages, in the jobs' order; the long ones are started first.
    func renderAll() throws -> [[OutputFile]] {
        let order = indices.filter { self[$0].isLong } + indices.filter { !self[$0].isLong }
        let rendered = order.concurrentMap { i in Result { try self[i].render() } }
        var pages = [[OutputFile]](repeating: [], count: count)
        for (k, i) in order.enumerated() { pages[i] = try rendered[k].get() }
        return pages
    }
}

/// The pages of each destination, rendered in one pool and handed back by name.
struct PageGroups {
    var site: [PageJob]
    var review: [PageJob]
    var book: [PageJob]

    func render() throws -> (site: [OutputFile], review: [OutputFile], book: [OutputFile]) {
        let all = try (site + review + book).renderAll()
        return (all[..<site.count].flatMap { $0 }, all[site.count..<(site.count + review.count)].flatMap { $0 },
                all[(site.count + review.count)...].flatMap { $0 })
    }
}
