import Foundation
import Testing
@testable import CourseBuild
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// `coursebuild serve`: pages from memory over HTTP, and rebuilds that pick up an edit.
@Suite struct ServeTests {
    /// A GET through URLSession: status, body and the Location header; redirects are not followed.
    final class NoRedirects: NSObject, URLSessionTaskDelegate {
        func urlSession(_ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
                        newRequest request: URLRequest, completionHandler: @escaping (URLRequest?) -> Void) {
            completionHandler(nil)
        }
    }

    func get(_ port: UInt16, _ path: String) async throws -> (status: Int, body: String, location: String?) {
        let session = URLSession(configuration: .ephemeral, delegate: NoRedirects(), delegateQueue: nil)
        let (data, response) = try await session.data(from: URL(string: "http://127.0.0.1:\(port)\(path)")!)
        let http = try #require(response as? HTTPURLResponse)
        return (http.statusCode, String(decoding: data, as: UTF8.self), http.value(forHTTPHeaderField: "Location"))
    }

    func request(_ port: UInt16, _ method: String, _ path: String, host: String? = nil) async throws -> (status: Int, body: String) {
        var request = URLRequest(url: URL(string: "http://127.0.0.1:\(port)\(path)")!)
        request.httpMethod = method
        if let host { request.setValue(host, forHTTPHeaderField: "Host") }
        let session = URLSession(configuration: .ephemeral, delegate: NoRedirects(), delegateQueue: nil)
        let (data, response) = try await session.data(for: request)
        return (try #require(response as? HTTPURLResponse).statusCode, String(decoding: data, as: UTF8.self))
    }

    @Test func servesPublishedPagesAndNothingElse() async throws {
        let server = PreviewServer()
        server.publish([OutputFile("site/index.html", "<body><p>home</p></body>"), OutputFile("site/404.html", "<p>missing</p>"),
                        OutputFile("review/claims.html", "<p>claims</p>"), OutputFile("site/theme.css", "p {}")])
        let port = try await server.start(port: 0)
        let tag = "<script src=\"/_coursebuild/reload.js\"></script>\n"
        #expect(try await get(port, "/site/index.html").body == "<body><p>home</p>\(tag)</body>")
        #expect(try await get(port, "/review/claims.html?x=1").body == "<p>claims</p>\(tag)")
        #expect(try await get(port, "/site/theme.css").body == "p {}")  // only HTML gets the script
        #expect(try await get(port, "/_coursebuild/reload.js").body.contains("/_coursebuild/reload"))
        let missing = try await get(port, "/site/nothing.html")
        #expect(missing.status == 404)
        #expect(missing.body == "<p>missing</p>\(tag)")
        let root = try await get(port, "/")
        #expect(root.status == 302)
        #expect(root.location == "/site/index.html")
        #expect(try await get(port, "/site").location == "/site/index.html")
        #expect(try await get(port, "/%5Cevil.example/").status == 404)
        #expect(try await get(port, "/%0d%0aSet-Cookie:%20x=1%0d%0aX:/").status == 404)
        #expect(try await get(port, "/nowhere/").status == 404)
        #expect(try await get(port, "/site/%2E%2E/review/claims.html").status == 404)
        #expect(try await request(port, "POST", "/site/index.html").status == 405)
        #expect(try await request(port, "HEAD", "/site/index.html") == (200, ""))
        #expect(try await request(port, "GET", "/site/index.html", host: "evil.example").status == 403)
        #expect(try await request(port, "GET", "/site/index.html", host: "localhost:8000").status == 200)
        #expect(PreviewServer.outputPath(for: "/%0d%0aSet-Cookie:%20x/") == nil)
        #expect(PreviewServer.outputPath(for: "/%5Cevil.example/") == nil)
        #expect(PreviewServer.outputPath(for: "/site/../course.yml") == nil)
        #expect(PreviewServer.isLocalHost("localhost:8000"))
        #expect(PreviewServer.isLocalHost("[::1]:8000"))
        #expect(PreviewServer.isLocalHost(nil))
        #expect(!PreviewServer.isLocalHost("evil.example:8000"))
        #expect(!PreviewServer.isLocalHost("127.0.0.1.evil.example"))
        #expect(PreviewServer.isLocalOrigin("http://127.0.0.1:8000"))
        #expect(PreviewServer.isLocalOrigin("http://localhost:8000"))
        #expect(!PreviewServer.isLocalOrigin("https://evil.example"))
        #expect(!PreviewServer.isLocalOrigin("null"))
        #expect(PreviewServer.outputPath(for: "/site/%2E%2E/course.yml") == nil)
        #expect(PreviewServer.outputPath(for: "/site/a%20b.html") == "site/a b.html")
        // A request FlyingFox cannot parse closes its connection; the server goes on.
        try RawClient(port: port).send("GARBAGE\r\n\r\n")
        server.publish([OutputFile("site/index.html", "<p>new</p>")])
        #expect(try await get(port, "/site/index.html").body == "<p>new</p>\(tag)")
        await server.stop()
    }

    @Test func aRebuildPicksUpAnEditAndKeepsTheOtherChapters() throws {
        let course = try TemporaryCourse([
            "course.yml": TemporaryCourse.minimalConfig,
            "chapters/01-a.md": "---\ntitle: \"A\"\n---\n\nFirst text.\n",
            "chapters/02-b.md": "---\ntitle: \"B\"\n---\n\nSecond text, see [A](01-a.md).\n",
        ])
        let cache = RebuildCache()
        let built = try Build.siteInMemory(path: course.path, cache: cache)
        let first = built.files
        #expect(first.contains { $0.path == "site/chapters/01-a.html" })
        #expect(first.contains { $0.path == "review/claims.html" })
        #expect(!first.contains { $0.path.hasSuffix(".epub") })  // made when first asked for
        let epub = try #require(built.onDemand["site/test-course.epub"]?.data)
        #expect(epub.starts(with: Array("PK".utf8)))
        #expect(String(decoding: first.first { $0.path == "site/index.html" }!.data, as: UTF8.self).contains("href=\"test-course.epub\""))

        try course.write("chapters/01-a.md", Data("---\ntitle: \"A renamed\"\n---\n\nEdited text.\n".utf8))
        let second = try Build.siteInMemory(path: course.path, cache: cache).files
        let page = { (files: [OutputFile], path: String) in
            String(decoding: files.first { $0.path == path }!.data, as: UTF8.self)
        }
        #expect(page(second, "site/chapters/01-a.html").contains("Edited text."))
        #expect(page(second, "site/chapters/02-b.html").contains("A renamed"))  // the other chapter's sidebar follows

        try course.write("chapters/02-b.md", Data("---\ntitle: \"B\"\n---\n\nA [broken](missing.md) link.\n".utf8))
        let broken = try Build.siteInMemory(path: course.path, cache: cache)
        #expect(broken.result.errorCount > 0)
        #expect(broken.files.isEmpty)
    }
}
