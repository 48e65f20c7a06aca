import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Waits until a course's sources may have changed. On Linux the kernel
/// tells (inotify on the course's folders), so nothing is looked at between
/// saves however many chapters there are; elsewhere it polls. Either way the
/// caller then compares `SourceSnapshot`s, which leaves out editors' hidden
/// files and the output folder.
final class SourceWatcher {
    private let root: String
    #if canImport(Glibc)
    private let inotify: Int32
    #endif

    init(root: String) {
        self.root = root
        #if canImport(Glibc)
        inotify = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        #endif
    }

    deinit {
        #if canImport(Glibc)
        if inotify >= 0 { close(inotify) }
        #endif
    }

    /// Whether the kernel tells of changes (else `wait` polls).
    var isNotified: Bool {
        #if canImport(Glibc)
        inotify >= 0
        #else
        false
        #endif
    }

    /// Watches the course folder, its source folders and their subfolders, and
    /// the folders of `also` (chapters course.yml lists elsewhere). Watching a
    /// folder twice is a no-op, so this is called again after each change to
    /// pick up new folders.
    func watch(also: [String] = []) {
        #if canImport(Glibc)
        guard inotify >= 0 else { return }
        var folders = [root] + SourceSnapshot.folders.map { root + "/" + $0 }
        for folder in SourceSnapshot.folders { folders += SourceSnapshot.walk(root, folder).folders.map { root + "/" + $0 } }
        folders += also.map { ((root + "/" + $0) as NSString).deletingLastPathComponent }
        let events = UInt32(IN_CLOSE_WRITE | IN_MODIFY | IN_ATTRIB | IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO | IN_DELETE_SELF)
        for folder in Set(folders) { _ = inotify_add_watch(inotify, folder, events) }
        #endif
    }

    /// Returns after a change or `timeout` milliseconds: true when something
    /// may have changed. A burst of events (an editor's save) counts as one.
    func wait(timeout: Int32) -> Bool {
        #if canImport(Glibc)
        if inotify >= 0 {
            var ready = pollfd(fd: inotify, events: Int16(POLLIN), revents: 0)
            guard poll(&ready, 1, timeout) > 0 else { return false }
            repeat { drain() } while poll(&ready, 1, 10) > 0
            return true
        }
        #endif
        usleep(UInt32(min(timeout, 100)) * 1000)
        return true
    }

    #if canImport(Glibc)
    private func drain() {
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while read(inotify, &buffer, buffer.count) > 0 {}
    }
    #endif
}
