/// Shell-style name patterns for `param_groups[].match`: `*` matches any run of characters
/// (dots included), `?` exactly one, every other character itself.
package struct Glob: Sendable, Equatable {
    package let pattern: [Character]

    package init(_ pattern: String) { self.pattern = Array(pattern) }

    /// Whether the whole of `name` matches (iterative, with one backtrack point per `*`).
    package func matches(_ name: String) -> Bool {
        let text = Array(name)
        var p = 0, t = 0
        var star: Int?
        var resume = 0
        while t < text.count {
            if p < pattern.count, pattern[p] == "?" || (pattern[p] != "*" && pattern[p] == text[t]) {
                p += 1
                t += 1
            } else if p < pattern.count, pattern[p] == "*" {
                star = p
                resume = t
                p += 1
            } else if let s = star {
                // Let the last `*` swallow one more character and retry.
                p = s + 1
                resume += 1
                t = resume
            } else {
                return false
            }
        }
        while p < pattern.count, pattern[p] == "*" { p += 1 }
        return p == pattern.count
    }
}
