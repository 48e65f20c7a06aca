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

    @Test func servesPublishedPagesAndNothingElse() async throws {
        let server = StaticHTTPServer()
        server.publish([OutputFile("site/index.html", "<p>home</p>"), OutputFile("site/404.html", "<p>missing</p>"),
                        OutputFile("review/claims.html", "<p>claims</p>")])
        let port = try server.start(port: 0)
        defer { server.stop() }
        #expect(try await get(port, "/site/index.html").body == "<p>home</p>")
        #expect(try await get(port, "/review/claims.html?x=1").body == "<p>claims</p>")
        let missing = try await get(port, "/site/nothing.html")
        #expect(missing.status == 404)
        #expect(missing.body == "<p>missing</p>")
        let root = try await get(port, "/")
        #expect(root.status == 302)
        #expect(root.location == "/site/index.html")
        #expect(try await get(port, "/site").location == "/site/index.html")
        #expect(try await get(port, "/%5Cevil.example/").status == 404)
        #expect(try await get(port, "/%0d%0aSet-Cookie:%20x=1%0d%0aX:/").status == 404)
        #expect(try await get(port, "/nowhere/").status == 404)
        #expect(StaticHTTPServer.outputPath(for: "/%0d%0aSet-Cookie:%20x/") == nil)
        #expect(StaticHTTPServer.outputPath(for: "/%5Cevil.example/") == nil)
        #expect(StaticHTTPServer.outputPath(for: "/site/../course.yml") == nil)
        #expect(StaticHTTPServer.isLocalHost(Array("GET / HTTP/1.1\r\nHost: localhost:8000\r\n\r\n".utf8)))
        #expect(StaticHTTPServer.isLocalHost(Array("GET / HTTP/1.1\r\nHost: [::1]:8000\r\n\r\n".utf8)))
        #expect(!StaticHTTPServer.isLocalHost(Array("GET / HTTP/1.1\r\nHost: evil.example:8000\r\n\r\n".utf8)))
        #expect(StaticHTTPServer.outputPath(for: "/site/%2E%2E/course.yml") == nil)
        #expect(StaticHTTPServer.outputPath(for: "/site/a%20b.html") == "site/a b.html")
        server.publish([OutputFile("site/index.html", "<p>new</p>")])
        #expect(try await get(port, "/site/index.html").body == "<p>new</p>")
    }

    @Test func aRebuildPicksUpAnEditAndKeepsTheOtherChapters() throws {
        let course = try TemporaryCourse([
            "course.yml": TemporaryCourse.minimalConfig,
            "chapters/01-a.md": "---\ntitle: \"A\"\n---\n\nFirst text.\n",
            "chapters/02-b.md": "---\ntitle: \"B\"\n---\n\nSecond text, see [A](01-a.md).\n",
        ])
        let cache = RebuildCache()
        let first = try Build.siteInMemory(path: course.path, cache: cache).1
        #expect(first.contains { $0.path == "site/chapters/01-a.html" })
        #expect(first.contains { $0.path == "review/claims.html" })
        #expect(!first.contains { $0.path.hasSuffix(".epub") })

        try course.write("chapters/01-a.md", Data("---\ntitle: \"A renamed\"\n---\n\nEdited text.\n".utf8))
        let second = try Build.siteInMemory(path: course.path, cache: cache).1
        let page = { (files: [OutputFile], path: String) in
            String(decoding: files.first { $0.path == path }!.data, as: UTF8.self)
        }
        #expect(page(second, "site/chapters/01-a.html").contains("Edited text."))
        #expect(page(second, "site/chapters/02-b.html").contains("A renamed"))  // the other chapter's sidebar follows

        try course.write("chapters/02-b.md", Data("---\ntitle: \"B\"\n---\n\nA [broken](missing.md) link.\n".utf8))
        let (result, broken) = try Build.siteInMemory(path: course.path, cache: cache)
        #expect(result.errorCount > 0)
        #expect(broken.isEmpty)
    }
}
