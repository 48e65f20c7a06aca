import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A blocking TCP client to 127.0.0.1 for tests of `serve`: raw requests, and
/// just enough of a WebSocket client (RFC 6455) to listen on the reload channel.
final class RawClient {
    private let fd: Int32
    private var buffered = [UInt8]()

    struct Failure: Error, CustomStringConvertible { var description: String }

    init(port: UInt16, timeoutSeconds: Int = 10) throws {
        fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var timeout = timeval(tv_sec: timeoutSeconds, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { close(fd); throw Failure(description: "could not connect to port \(port)") }
    }

    deinit { close(fd) }

    func send(_ text: String) throws { try send(Array(text.utf8)) }

    func send(_ bytes: [UInt8]) throws {
        var sent = 0
        while sent < bytes.count {
            let n = bytes[sent...].withUnsafeBytes { Glibc.send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            guard n > 0 else { throw Failure(description: "send failed") }
            sent += n
        }
    }

    /// Exactly `count` bytes, or a failure when the server closes or the read times out.
    func read(_ count: Int) throws -> [UInt8] {
        var chunk = [UInt8](repeating: 0, count: 4096)
        while buffered.count < count {
            let n = recv(fd, &chunk, chunk.count, 0)
            guard n > 0 else { throw Failure(description: n == 0 ? "closed" : "timed out") }
            buffered += chunk[0..<n]
        }
        defer { buffered.removeFirst(count) }
        return Array(buffered[0..<count])
    }

    /// The response head (status line and headers), read up to its blank line.
    func readHead() throws -> String {
        var head = [UInt8]()
        while !head.ends(with: Array("\r\n\r\n".utf8)) { head += try read(1) }
        return String(decoding: head, as: UTF8.self)
    }

    /// Opens a WebSocket on `path`; returns the response head (a 101 when it opened).
    func openWebSocket(_ path: String, host: String, origin: String? = nil) throws -> String {
        let key = Data((0..<16).map { _ in UInt8.random(in: 0...255) }).base64EncodedString()
        try send("GET \(path) HTTP/1.1\r\nHost: \(host)\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
            + "Sec-WebSocket-Key: \(key)\r\nSec-WebSocket-Version: 13\r\n" + (origin.map { "Origin: \($0)\r\n" } ?? "") + "\r\n")
        return try readHead()
    }

    /// The next text message from the server (pings and pongs skipped), or nil when it closes the socket.
    func receiveText() throws -> String? {
        while true {
            let head = try read(2)
            let opcode = head[0] & 0x0F
            var length = Int(head[1] & 0x7F)
            if length == 126 { length = try read(2).reduce(0) { $0 << 8 | Int($1) } }
            if length == 127 { length = try read(8).reduce(0) { $0 << 8 | Int($1) } }
            let payload = try read(length)  // a server's frames are not masked
            switch opcode {
            case 0x1: return String(decoding: payload, as: UTF8.self)
            case 0x8: return nil
            default: continue
            }
        }
    }
}

extension Array where Element == UInt8 {
    fileprivate func ends(with suffix: [UInt8]) -> Bool { count >= suffix.count && Array(self[(count - suffix.count)...]) == suffix }
}
