import Foundation
#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Well-formedness of generated SVG, by Foundation's XML parser.
package enum XMLCheck {
    /// Nil when `text` is well-formed XML, else the parser's error.
    package static func error(_ text: String) -> String? {
        let parser = XMLParser(data: Data(text.utf8))
        // On Linux `parse()` can return true for a mismatched tag; the error is still set.
        let parsed = parser.parse()
        if let error = parser.parserError { return "\(error)" }
        return parsed ? nil : "not well-formed"
    }

    /// The element names in document order.
    package static func elements(_ text: String) -> [String] {
        let parser = XMLParser(data: Data(text.utf8))
        let collector = Collector()
        parser.delegate = collector
        _ = parser.parse()
        return collector.names
    }

    private final class Collector: NSObject, XMLParserDelegate {
        var names: [String] = []
        func parser(
            _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
            qualifiedName: String?, attributes: [String: String] = [:]
        ) {
            names.append(elementName)
        }
    }
}
