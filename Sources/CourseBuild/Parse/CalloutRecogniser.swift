import Foundation

/// GitHub's alert syntax: a blockquote whose first line is `[!NOTE]`,
/// `[!TIP]`, `[!IMPORTANT]`, `[!WARNING]` or `[!CAUTION]`.
enum CalloutRecogniser {
    /// The callout kind and the blockquote's blocks without the marker, or nil.
    static func callout(_ children: [Block]) -> (CalloutKind, [Block])? {
        guard let first = children.first, case .paragraph(var inlines) = first.kind,
            let head = inlines.first, case .text(let text) = head.kind
        else { return nil }
        let marker = text.trimmingBlanks()
        guard marker.hasPrefix("[!"), marker.hasSuffix("]"),
            let kind = CalloutKind(rawValue: String(marker.dropFirst(2).dropLast()).uppercased())
        else { return nil }
        inlines.removeFirst()
        if let next = inlines.first, next.kind == .softBreak || next.kind == .lineBreak { inlines.removeFirst() }
        var rest = Array(children.dropFirst())
        if !inlines.isEmpty { rest.insert(Block(.paragraph(inlines), range: first.range), at: 0) }
        return (kind, rest)
    }
}
