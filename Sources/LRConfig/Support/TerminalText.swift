/// Text from untrusted input (experiment keys, bundle contents, file names) made safe to print:
/// control characters would otherwise reach the terminal, where an escape sequence can retitle
/// the window, move the cursor or hide text.
package enum TerminalText {
    /// `text` with every C0 control but newline and tab, DEL and every C1 control written as a
    /// visible `\xHH`. With `keepingColour`, `ESC [ digits ; … m` (a colour/style change, which
    /// is all lrlab itself writes) is kept.
    package static func visible(_ text: String, keepingColour: Bool = false) -> String {
        let scalars = Array(text.unicodeScalars)
        guard scalars.contains(where: isControl) else { return text }
        var out = String.UnicodeScalarView()
        var i = 0
        while i < scalars.count {
            let scalar = scalars[i]
            if keepingColour, scalar == "\u{1B}", let end = colourEnd(scalars, from: i) {
                out.append(contentsOf: scalars[i...end])
                i = end + 1
                continue
            }
            if isControl(scalar) {
                let hex = String(scalar.value, radix: 16, uppercase: true)
                out.append(contentsOf: "\\x\(hex.count < 2 ? "0" + hex : hex)".unicodeScalars)
            } else {
                out.append(scalar)
            }
            i += 1
        }
        return String(out)
    }

    package static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return (v < 0x20 && scalar != "\n" && scalar != "\t") || (0x7F...0x9F).contains(v)
    }

    /// The index of the `m` ending a colour sequence starting at `start`, nil if it is not one.
    package static func colourEnd(_ scalars: [Unicode.Scalar], from start: Int) -> Int? {
        guard start + 2 < scalars.count, scalars[start + 1] == "[" else { return nil }
        var i = start + 2
        while i < scalars.count, i - start <= 16 {
            let s = scalars[i]
            if s == "m" { return i }
            guard ("0"..."9").contains(s) || s == ";" else { return nil }
            i += 1
        }
        return nil
    }
}
