import Foundation

/// APA 7th edition author-date references:
/// "Tarleton, E. K., Littenberg, B., … & Daley, C. (2017). Title. *PLoS ONE*, *12*(6), e0180067. https://doi.org/…"
/// Journal and volume in italics, book and report titles in italics, up to
/// 20 authors (then the first 19, "…", and the last). The PMID, which APA
/// omits, is added as a link because the course promises DOI and PMID links.
enum APAStyle {
    static func name(_ person: PersonName) -> String {
        if let literal = person.literal { return literal }
        let initials = person.givenInitials().map { $0 + "." }.joined(separator: " ")
            .replacingOccurrences(of: ". -", with: ".-")
        var text = person.family
        if !initials.isEmpty { text += ", " + initials }
        if !person.suffix.isEmpty { text += ", " + person.suffix }
        return text
    }

    /// Editors in a chapter reference: initials first, "R. Vink & M. Nechifor".
    static func editorName(_ person: PersonName) -> String {
        if let literal = person.literal { return literal }
        let initials = person.givenInitials().map { $0 + "." }.joined(separator: " ")
            .replacingOccurrences(of: ". -", with: ".-")
        return initials.isEmpty ? person.family : initials + " " + person.family
    }

    static func authorList(_ people: [PersonName], more: Bool) -> String {
        let names = people.map(name)
        if more && !names.isEmpty { return names.joined(separator: ", ") + ", et al." }
        switch names.count {
        case 0: return ""
        case 1: return names[0]
        case 2...20: return names.dropLast().joined(separator: ", ") + ", & " + names.last!
        default: return names.prefix(19).joined(separator: ", ") + ", . . . " + names.last!
        }
    }

    /// The author part of an in-text citation: "Tarleton", "Boyle & Lawton",
    /// "Tarleton et al.", or the title when there is no author.
    static func inTextNames(_ entry: BibEntry) -> String {
        let families = entry.authors.map(\.sortName)
        switch families.count {
        case 0: return entry.title.map { "“\($0)”" } ?? entry.key
        case 1: return entry.hasMoreAuthors ? families[0] + " et al." : families[0]
        case 2: return entry.hasMoreAuthors ? families[0] + " et al." : families[0] + " & " + families[1]
        default: return families[0] + " et al."
        }
    }

    static func pieces(_ entry: BibEntry, yearSuffix: String) -> [ReferencePiece] {
        var out: [ReferencePiece] = []
        let date = "(\(entry.year ?? "n.d.")\(yearSuffix))."
        let authors = authorList(entry.authors, more: entry.hasMoreAuthors)
        let italicTitle = !entry.isPeriodical && !entry.isPartOfBook
        var titleDone = false
        if !authors.isEmpty {
            out.append(.text((authors.hasSuffix(".") ? authors : authors + ".") + " " + date + " "))
        } else if let title = entry.title {
            // No author: the title moves to the author's place.
            out += titlePieces(title, italic: italicTitle) + [.text(" " + date + " ")]
            titleDone = true
        } else {
            out.append(.text(date + " "))
        }
        if !titleDone, let title = entry.title { out += titlePieces(title, italic: italicTitle) + [.text(" ")] }

        if entry.isPeriodical {
            if let journal = entry.containerTitle {
                out.append(.italic(journal))
                if let volume = entry.volume { out += [.text(", "), .italic(volume)] }
                if let issue = entry.issue { out.append(.text("(\(issue))")) }
                if let pages = entry.pages { out.append(.text(", \(pages)")) }
                out.append(.text(". "))
            }
        } else if entry.isPartOfBook, let book = entry.containerTitle {
            out.append(.text("In "))
            if !entry.editors.isEmpty {
                let names = entry.editors.map(editorName)
                let list = names.count == 1 ? names[0] : names.dropLast().joined(separator: ", ") + " & " + names.last!
                out.append(.text(list + (names.count == 1 ? " (Ed.), " : " (Eds.), ")))
            }
            out.append(.italic(book))
            out.append(.text(entry.pages.map { " (pp. \($0)). " } ?? ". "))
            if let publisher = entry.publisher { out.append(.text(VancouverStyle.sentence(publisher) + " ")) }
        } else if let venue = entry.publisher ?? entry.containerTitle {
            out.append(.text(VancouverStyle.sentence(venue) + " "))
        }
        if let doi = entry.doi {
            let link = ReferencePiece.doiURL(doi)
            out += [.link(href: link.href, text: link.href), .text(" ")]
        } else if let url = entry.url, entry.pmid == nil || !url.lowercased().contains("pubmed") {
            // A PubMed URL would repeat the PMID link below.
            out += [ReferencePiece.webLink(url), .text(" ")]
        }
        if let pmid = entry.pmid {
            out += [.text("PMID: "), .link(href: ReferencePiece.pubmedURL(pmid), text: pmid)]
        }
        return VancouverStyle.trimmingTrailingSpace(out)
    }

    /// A title ends with a full stop outside its italics, unless it ends in "?" or "!".
    private static func titlePieces(_ title: String, italic: Bool) -> [ReferencePiece] {
        let ends = title.last.map { ".?!".contains($0) } ?? false
        let piece: ReferencePiece = italic ? .italic(title) : .text(title)
        return ends ? [piece] : [piece, .text(".")]
    }
}
