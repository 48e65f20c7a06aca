import FlyingFox
import FlyingSocks
import Foundation

/// The HTTP side of `coursebuild serve`, on FlyingFox: GET and HEAD of pages
/// held in memory, on 127.0.0.1 only, and the live-reload WebSocket. It never
/// touches the disk, so a request path cannot reach anything but the built
/// pages; HTML pages get the reload script as they are sent, never in the build.
final class PreviewServer: HTTPHandler, @unchecked Sendable {
    static let channelPath = "/_coursebuild/reload"
    static let scriptPath = "/_coursebuild/reload.js"

    /// What the reload channel tells an open page.
    enum Event: Equatable, Sendable {
        /// A rebuild succeeded: reload.
        case reload
        /// A rebuild found lint errors (their report): show them over the page until a rebuild succeeds.
        case errors(String)

        var message: String {
            let object: [String: String] = switch self {
            case .reload: ["type": "reload"]
            case .errors(let text): ["type": "errors", "text": text]
            }
            let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data()
            return String(decoding: data, as: UTF8.self)
        }
    }

    /// A file made only when first asked for (the EPUB), then kept until the next publish.
    final class OnDemand: @unchecked Sendable {
        private let lock = NSLock()
        private var made: Data?
        private let make: @Sendable () -> Data?
        init(_ make: @escaping @Sendable () -> Data?) { self.make = make }
        var data: Data? {
            lock.withLock {
                if made == nil { made = make() }
                return made
            }
        }
    }

    private let lock = NSLock()
    private var files: [String: Data] = [:]
    private var onDemand: [String: OnDemand] = [:]
    private var listeners: [UUID: AsyncStream<WSMessage>.Continuation] = [:]
    /// The lint errors' report while the last rebuild failed: sent to each page that connects.
    private var banner: String?
    private var server: HTTPServer?

    init() {}

    /// Replaces the pages served, keyed by output path ("site/index.html");
    /// `onDemand` files are made on the first request for them.
    func publish(_ files: [OutputFile], onDemand: [String: OnDemand] = [:]) {
        let table = Dictionary(files.map { ($0.path, $0.data) }, uniquingKeysWith: { _, last in last })
        lock.withLock {
            self.files = table
            self.onDemand = onDemand
        }
    }

    /// Tells every open page; an error report also goes to pages that connect later, until a reload.
    func send(_ event: Event) {
        let listeners = lock.withLock { () -> [AsyncStream<WSMessage>.Continuation] in
            if case .errors(let text) = event { banner = text } else { banner = nil }
            return Array(self.listeners.values)
        }
        for listener in listeners { listener.yield(.text(event.message)) }
    }

    /// Listens on 127.0.0.1 (`port` 0 picks a free one). Returns the port.
    func start(port: UInt16) async throws -> UInt16 {
        let server = HTTPServer(address: try .inet(ip4: "127.0.0.1", port: port), timeout: 15, logger: .disabled, handler: self)
        lock.withLock { self.server = server }
        // Whichever comes first: listening, or run() failing (the port is taken).
        let (outcome, report) = AsyncStream<Result<Void, any Error>>.makeStream()
        Task {
            do { try await server.run() } catch { report.yield(.failure(error)) }
            report.yield(.failure(CourseError("the server stopped")))
        }
        let listening = Task {
            do { try await server.waitUntilListening(timeout: 10) } catch { report.yield(.failure(error)) }
            report.yield(.success(()))
        }
        for await first in outcome {
            listening.cancel()
            do { try first.get() } catch {
                await server.stop()
                throw CourseError("could not listen on 127.0.0.1:\(port): \(error.localizedDescription)")
            }
            break
        }
        guard case .ip4(_, let bound) = await server.listeningAddress else { throw CourseError("no listening address") }
        return bound
    }

    /// Closes the reload channels and stops listening.
    func stop() async {
        let (server, listeners) = lock.withLock { () -> (HTTPServer?, [AsyncStream<WSMessage>.Continuation]) in
            defer { self.listeners = [:]; self.server = nil }
            return (self.server, Array(self.listeners.values))
        }
        for listener in listeners { listener.finish() }
        await server?.stop(timeout: 1)
    }

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        guard request.method == .GET || request.method == .HEAD else {
            return Self.text(.methodNotAllowed, "GET only\n", head: false, extra: [HTTPHeader("Allow"): "GET, HEAD"])
        }
        let head = request.method == .HEAD
        // A page elsewhere can point a name it controls at 127.0.0.1 (DNS rebinding): answer local names only.
        guard Self.isLocalHost(request.headers[.host]) else { return Self.text(.forbidden, "Forbidden\n", head: head) }
        switch request.target.path() {
        case Self.channelPath:
            // Any page may open a WebSocket to 127.0.0.1: only ours may hear the lint report.
            guard Self.isLocalOrigin(request.headers[HTTPHeader("Origin")]) else { return Self.text(.forbidden, "Forbidden\n", head: head) }
            return try await WebSocketHTTPHandler(handler: MessageFrameWSHandler(handler: ReloadChannel(server: self))).handleRequest(request)
        case Self.scriptPath:
            return Self.response(.ok, type: "text/javascript; charset=utf-8", body: Data(ReloadScript.source.utf8), head: head)
        default:
            return page(for: request.target.rawValue, head: head)
        }
    }

    /// The answer to a GET of `target` (the request's path and query, as sent).
    func page(for target: String, head: Bool) -> HTTPResponse {
        let path = Self.outputPath(for: target)
        let (page, lazy, index, notFound) = lock.withLock {
            (path.flatMap { files[$0] }, path.flatMap { onDemand[$0] }, path.flatMap { Self.indexPage(for: $0, in: files) }, files["site/404.html"])
        }
        if let path, let body = page ?? lazy?.data {
            let body = path.hasSuffix(".html") ? Self.withReloadScript(body) : body
            return Self.response(.ok, type: Self.contentType(path), body: body, head: head)
        }
        // Only to a page that exists: a Location built from the request could carry header lines or another host.
        if let index { return Self.response(.found, type: "text/plain", body: Data(), head: head, extra: [.location: "/\(index)"]) }
        if let notFound { return Self.response(.notFound, type: "text/html; charset=utf-8", body: Self.withReloadScript(notFound), head: head) }
        return Self.text(.notFound, "Not found\n", head: head)
    }

    fileprivate func listen(_ listener: AsyncStream<WSMessage>.Continuation) -> UUID {
        let id = UUID()
        let banner = lock.withLock {
            listeners[id] = listener
            return self.banner
        }
        if let banner { listener.yield(.text(Event.errors(banner).message)) }
        return id
    }

    fileprivate func stopListening(_ id: UUID) { _ = lock.withLock { listeners.removeValue(forKey: id) } }

    /// The page with the reload script's tag before its last `</body>` (or at its end).
    static func withReloadScript(_ page: Data) -> Data {
        let tag = Data("<script src=\"\(scriptPath)\"></script>\n".utf8)
        var page = page
        if let end = page.range(of: Data("</body>".utf8), options: .backwards) {
            page.insert(contentsOf: tag, at: end.lowerBound)
        } else {
            page.append(tag)
        }
        return page
    }

    /// The page a folder path stands for ("" and "site" → site/index.html), when it exists.
    static func indexPage(for target: String, in files: [String: Data]) -> String? {
        let folder = target.isEmpty ? "site/" : target.hasSuffix("/") ? target : target + "/"
        let page = folder + "index.html"
        return files[page] == nil ? nil : page
    }

    static let localNames: Set<String> = ["127.0.0.1", "localhost", "[::1]"]

    /// Whether a Host header (if any) names this machine.
    static func isLocalHost(_ host: String?) -> Bool {
        guard let host else { return true }
        var name = host.trimmingWhitespace().lowercased()
        if name.hasPrefix("[") { name = String(name.prefix { $0 != "]" }) + "]" } else { name = String(name.prefix { $0 != ":" }) }
        return localNames.contains(name)
    }

    /// Whether an Origin header (if any: tools send none) is a page served from this machine.
    static func isLocalOrigin(_ origin: String?) -> Bool {
        guard let origin else { return true }
        guard let url = URL(string: origin), url.scheme == "http", let host = url.host else { return false }
        return localNames.contains(host.contains(":") && !host.hasPrefix("[") ? "[\(host)]" : host.lowercased())
    }

    /// The output path a request names: query and fragment dropped,
    /// percent-decoding undone; nil for dot segments, backslashes or control characters.
    static func outputPath(for target: String) -> String? {
        let path = target.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
        let decoded = (path.removingPercentEncoding ?? path).drop { $0 == "/" }
        guard !decoded.split(separator: "/").contains(where: { $0 == ".." || $0 == "." }),
            !decoded.unicodeScalars.contains(where: { $0 == "\\" || $0.properties.generalCategory == .control })
        else { return nil }
        return String(decoded)
    }

    static func contentType(_ path: String) -> String {
        switch (path as NSString).pathExtension.lowercased() {
        case "html": return "text/html; charset=utf-8"
        case "css": return "text/css; charset=utf-8"
        case "js": return "text/javascript; charset=utf-8"
        case "json": return "application/json"
        case "xml": return "application/xml"
        case "svg": return "image/svg+xml"
        case "png": return "image/png"
        case "jpg", "jpeg": return "image/jpeg"
        case "gif": return "image/gif"
        case "webp": return "image/webp"
        case "epub": return "application/epub+zip"
        default: return "application/octet-stream"
        }
    }

    static func text(_ status: HTTPStatusCode, _ text: String, head: Bool, extra: HTTPHeaders = [:]) -> HTTPResponse {
        response(status, type: "text/plain; charset=utf-8", body: Data(text.utf8), head: head, extra: extra)
    }

    /// A response that is never cached (each rebuild changes the pages); for HEAD, the length without the body.
    static func response(_ status: HTTPStatusCode, type: String, body: Data, head: Bool, extra: HTTPHeaders = [:]) -> HTTPResponse {
        var headers = extra
        headers[.contentType] = type
        headers[.cacheControl] = "no-store"
        headers[.contentLength] = String(body.count)
        return HTTPResponse(statusCode: status, headers: headers, body: head ? Data() : body)
    }
}

/// One open page's reload channel: the server's events out; whatever the page sends is ignored.
private struct ReloadChannel: WSMessageHandler {
    let server: PreviewServer

    func makeMessages(for client: AsyncStream<WSMessage>) async throws -> AsyncStream<WSMessage> {
        let (events, continuation) = AsyncStream<WSMessage>.makeStream()
        let id = server.listen(continuation)
        continuation.onTermination = { [server] _ in server.stopListening(id) }
        Task {
            for await _ in client {}
            continuation.finish()
        }
        return events
    }
}
