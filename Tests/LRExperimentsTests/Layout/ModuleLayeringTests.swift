import Foundation
import LRTestSupport
import Testing

/// The experiment modules are layered (README.md, "Layout"): each may import only the ones
/// below it, so a change to reports can never reach into how a file is loaded.
@Suite struct ModuleLayeringTests {
    static let layers = ["LRConfig", "LRTrial", "LRReport", "LRBundle", "LRRun"]

    /// Every `import` of an experiment module, by the importing module.
    static func imports(of module: String) throws -> [(file: String, imported: String)] {
        let root = "\(Fixtures.packageRoot)/Sources/\(module)"
        guard let files = FileManager.default.enumerator(atPath: root) else { return [] }
        var found: [(String, String)] = []
        for case let file as String in files where file.hasSuffix(".swift") {
            let text = try String(contentsOfFile: "\(root)/\(file)", encoding: .utf8)
            for line in text.split(separator: "\n") where line.hasPrefix("import ") {
                let name = String(line.dropFirst("import ".count))
                if layers.contains(name) { found.append(("\(module)/\(file)", name)) }
            }
        }
        return found
    }

    @Test(arguments: layers)
    func importsOnlyPointDown(module: String) throws {
        let level = try #require(Self.layers.firstIndex(of: module))
        let imports = try Self.imports(of: module)
        #expect(module == "LRConfig" || !imports.isEmpty, "\(module) should build on the layer below")
        for (file, imported) in imports {
            let importedLevel = try #require(Self.layers.firstIndex(of: imported))
            #expect(importedLevel < level, "\(file) imports \(imported), which is not below \(module)")
        }
    }

    /// Each module says what it owns and what it may import.
    @Test(arguments: layers)
    func hasReadme(module: String) throws {
        let text = try String(contentsOfFile: "\(Fixtures.packageRoot)/Sources/\(module)/README.md", encoding: .utf8)
        #expect(text.hasPrefix("# \(module)\n"))
        #expect(text.contains("Imports:"))
    }
}
