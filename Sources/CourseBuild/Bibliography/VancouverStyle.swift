import Foundation

/// Vancouver (ICMJE / NLM "Citing Medicine") reference entries:
/// "Tarleton EK, Littenberg B, … Title. PLoS ONE. 2017;12(6):e0180067. doi: 10.1371/…. PMID: 28654669."
/// Up to six authors, then "et al." (ICMJE's rule). The journal is set in
/// italics on the page (NLM prints it plain; the course's theme reads better
/// with the venue marked). DOI and PMID are links; a URL is shown only when
/// the entry has neither.
enum VancouverStyle {
    static let maxAuthors = 6

    static func name(_ person: PersonName) -> String {
        if let literal = person.literal { return literal }
        let initials = person.givenInitials().map { $0.filter { $0 != "-" } }.joined()
        var text = person.family
        if !initials.isEmpty { text += " " + initials }
        if !person.suffix.isEmpty { text += " " + person.suffix.filter { $0 != "." } }
        return text
    }

    static func names(_ people: [PersonName], more: Bool) -> String {
        var list = people.prefix(maxAuthors).map(name)
        if people.count > maxAuthors || more { list.append("et al") }
        return list.joined(separator: ", ")
    }

    static func pieces(_ entry: BibEntry) -> [ReferencePiece] {
        var out: [ReferencePiece] = []
        let authors = names(entry.authors, more: entry.hasMoreAuthors)
        if !authors.isEmpty { out.append(.text(sentence(authors) + " ")) }
        if let title = entry.title {
            var text = title
            if ["phdthesis", "mastersthesis", "thesis"].contains(entry.type) { text += " [dissertation]" }
            if ["online", "webpage", "electronic", "www"].contains(entry.type) { text += " [Internet]" }
            out.append(.text(sentence(text) + " "))
        }
        if entry.isPeriodical {
            if let journal = entry.containerTitle { out += [.italic(journal), .text(". ")] }
            var date = entry.year ?? ""
            if let volume = entry.volume { date += (date.isEmpty ? "" : ";") + volume }
            if let issue = entry.issue { date += "(\(issue))" }
            if let pages = entry.pages { date += (date.isEmpty ? "" : ":") + pages }
            if !date.isEmpty { out.append(.text(date + ". ")) }
        } else {
            var publisher = entry.publisher
            if entry.isPartOfBook, let book = entry.containerTitle {
                out.append(.text("In: "))
                if !entry.editors.isEmpty {
                    let role = entry.editors.count == 1 ? "editor" : "editors"
                    out.append(.text(names(entry.editors, more: false) + ", \(role). "))
                }
                out += [.italic(book), .text(". ")]
            } else if let container = entry.containerTitle {
                if publisher == nil { publisher = container } else if container != publisher {
                    out.append(.text(sentence(container) + " "))
                }
            }
            var imprint = publisher.map { p in entry.address.map { "\($0): \(p)" } ?? p } ?? ""
            if let year = entry.year { imprint += (imprint.isEmpty ? "" : "; ") + year }
            if !imprint.isEmpty { out.append(.text(imprint + ". ")) }
            if let pages = entry.pages { out.append(.text("p. \(pages). ")) }
        }
        if let doi = entry.doi {
            let link = ReferencePiece.doiURL(doi)
            out += [.text("doi: "), .link(href: link.href, text: link.doi), .text(". ")]
        }
        if let pmid = entry.pmid {
            out += [.text("PMID: "), .link(href: ReferencePiece.pubmedURL(pmid), text: pmid), .text(". ")]
        }
        if entry.doi == nil && entry.pmid == nil, let url = entry.url {
            out += [.text("Available from: "), ReferencePiece.webLink(url), .text(" ")]
        }
        return trimmingTrailingSpace(out)
    }

    /// Ends a part with a full stop unless it already ends with one, "?" or "!".
    static func sentence(_ text: String) -> String {
        guard let last = text.last else { return text }
        return ".?!".contains(last) ? text : text + "."
    }

    static func trimmingTrailingSpace(_ pieces: [ReferencePiece]) -> [ReferencePiece] {
        var out = pieces
        if case .text(let t)? = out.last {
            out[out.count - 1] = .text(String(t.reversed().drop(while: { $0 == " " }).reversed()))
            if case .text("")? = out.last { out.removeLast() }
        }
        return out
    }
}
