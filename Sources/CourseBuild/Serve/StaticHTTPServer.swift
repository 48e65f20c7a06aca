import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A small HTTP/1.1 server for `coursebuild serve`: GET and HEAD of files held
/// in memory, on the loopback interface only. It never touches the disk, so
/// a request path cannot reach anything but the built pages.
final class StaticHTTPServer: @unchecked Sendable {
    private let lock = NSLock()
    private var files: [String: Data] = [:]
    private var listener: Int32 = -1
    private var stopped = false

    init() {}

    /// Replaces the pages served, keyed by output path ("site/index.html").
    func publish(_ files: [OutputFile]) {
        let table = Dictionary(files.map { ($0.path, $0.data) }, uniquingKeysWith: { _, last in last })
        lock.withLock { self.files = table }
    }

    /// Listens on 127.0.0.1 (`port` 0 picks a free one) and answers on a
    /// background thread. Returns the port.
    func start(port: UInt16) throws -> UInt16 {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw CourseError("could not open a socket: \(String(cString: strerror(errno)))") }
        var yes: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(fd, 64) == 0 else {
            close(fd)
            throw CourseError("could not listen on 127.0.0.1:\(port): \(String(cString: strerror(errno)))")
        }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        lock.withLock { listener = fd }
        Thread.detachNewThread { [self] in
            while true {
                let client = accept(fd, nil, nil)
                if client < 0 { if errno == EINTR { continue } else { return } }
                // After stop() the descriptor number may belong to another socket: take nothing more.
                if lock.withLock({ stopped }) {
                    close(client)
                    return
                }
                // A thread of its own: an idle or slow client must not hold the
                // shared pool that the rebuild's concurrentPerform runs on.
                Thread.detachNewThread { self.answer(client) }
            }
        }
        return UInt16(bigEndian: address.sin_port)
    }

    /// Stops listening; requests already accepted are still answered.
    func stop() {
        let fd = lock.withLock { () -> Int32 in
            stopped = true
            defer { listener = -1 }
            return listener
        }
        guard fd >= 0 else { return }
        shutdown(fd, Int32(SHUT_RDWR))  // wakes the accept loop, which then sees `stopped`
        close(fd)
    }

    private func answer(_ client: Int32) {
        defer { close(client) }
        var timeout = timeval(tv_sec: 1, tv_usec: 0)
        setsockopt(client, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        let deadline = DispatchTime.now().uptimeNanoseconds + 5_000_000_000  // for the whole request head
        var request = [UInt8]()
        var buffer = [UInt8](repeating: 0, count: 4096)
        // Only the request head matters; 16 KB is more than any browser sends.
        while request.count < 16_384, !Self.headEnds(request) {
            let n = recv(client, &buffer, buffer.count, 0)
            if n <= 0 || DispatchTime.now().uptimeNanoseconds > deadline { return }
            request += buffer[0..<n]
        }
        let line = String(decoding: request.prefix { $0 != UInt8(ascii: "\r") }, as: UTF8.self).split(separator: " ")
        guard line.count >= 2 else {
            return respond(client, status: "400 Bad Request", type: "text/plain", body: Data("Bad request\n".utf8), head: false)
        }
        guard line[0] == "GET" || line[0] == "HEAD" else {
            return respond(client, status: "405 Method Not Allowed", type: "text/plain", body: Data("GET only\n".utf8), head: false,
                           extra: "Allow: GET, HEAD\r\n")
        }
        let head = line[0] == "HEAD"
        // A page elsewhere can point a name it controls at 127.0.0.1 (DNS rebinding): answer local names only.
        guard Self.isLocalHost(request) else {
            return respond(client, status: "403 Forbidden", type: "text/plain", body: Data("Forbidden\n".utf8), head: head)
        }
        let target = Self.outputPath(for: String(line[1]))
        let (page, index, notFound) = lock.withLock {
            (target.flatMap { files[$0] }, target.flatMap { Self.indexPage(for: $0, in: files) }, files["site/404.html"])
        }
        if let page { return respond(client, status: "200 OK", type: Self.contentType(target!), body: page, head: head) }
        // Only to a page that exists: a Location built from the request could carry header lines or another host.
        if let index { return respond(client, status: "302 Found", type: "text/plain", body: Data(), head: head, extra: "Location: /\(index)\r\n") }
        if let notFound { return respond(client, status: "404 Not Found", type: "text/html; charset=utf-8", body: notFound, head: head) }
        respond(client, status: "404 Not Found", type: "text/plain", body: Data("Not found\n".utf8), head: head)
    }

    /// The page a folder path stands for ("" and "site" → site/index.html), when it exists.
    static func indexPage(for target: String, in files: [String: Data]) -> String? {
        let folder = target.isEmpty ? "site/" : target.hasSuffix("/") ? target : target + "/"
        let page = folder + "index.html"
        return files[page] == nil ? nil : page
    }

    /// Whether the request's Host header (if any) names this machine.
    static func isLocalHost(_ request: [UInt8]) -> Bool {
        let lines = String(decoding: request, as: UTF8.self).split(whereSeparator: \.isNewline)
        guard let host = lines.first(where: { $0.lowercased().hasPrefix("host:") }) else { return true }
        var name = host.dropFirst("host:".count).trimmingWhitespace().lowercased()
        if name.hasPrefix("[") { name = String(name.prefix { $0 != "]" }) + "]" } else { name = String(name.prefix { $0 != ":" }) }
        return ["127.0.0.1", "localhost", "[::1]"].contains(name)
    }

    /// Whether the bytes hold a whole request head (browsers end lines with CRLF, some tools with LF).
    static func headEnds(_ request: [UInt8]) -> Bool {
        request.ends(with: Array("\r\n\r\n".utf8)) || request.ends(with: Array("\n\n".utf8))
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

    private func respond(_ client: Int32, status: String, type: String, body: Data, head: Bool, extra: String = "") {
        let header = "HTTP/1.1 \(status)\r\nContent-Type: \(type)\r\nContent-Length: \(body.count)\r\n"
            + "Cache-Control: no-store\r\nConnection: close\r\n\(extra)\r\n"
        var response = Data(header.utf8)
        if !head { response.append(body) }
        response.withUnsafeBytes { bytes in
            var sent = 0
            while sent < bytes.count {
                let n = send(client, bytes.baseAddress! + sent, bytes.count - sent, Int32(MSG_NOSIGNAL))
                if n <= 0 { return }
                sent += n
            }
        }
    }
}

extension Array where Element == UInt8 {
    fileprivate func ends(with suffix: [UInt8]) -> Bool { count >= suffix.count && Array(self[(count - suffix.count)...]) == suffix }
}
