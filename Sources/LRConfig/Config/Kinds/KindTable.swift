/// Merges the keys of a family's kinds into one section table.
///
/// Entries of different kinds with the same name, type and documentation become one
/// `KeySpec` that lists those kinds (none when every kind takes it). A default shared by more
/// than two thirds of the kinds taking a key, when all of them have one, is written once
/// ("otherwise …"); the others stay per kind. `order` lays the merged keys out for the
/// reference and the schema: the n-th occurrence of a name places the n-th entry of that
/// name; entries it does not name follow in the order the kinds list them.
package enum KindTable {
    /// One kind's name and keys, in the family's kind order.
    package struct Member {
        var kind: String
        var keys: [KindKey]
    }

    package static func keys(_ members: [Member], order: [String]) -> [KeySpec] {
        var groups: [(key: KindKey, takers: [(kind: String, key: KindKey)])] = []
        for member in members {
            for key in member.keys {
                if let index = groups.firstIndex(where: { same($0.key, key) }) {
                    groups[index].takers.append((member.kind, key))
                } else {
                    groups.append((key, [(member.kind, key)]))
                }
            }
        }
        let specs = groups.map { spec($0.key, $0.takers, allKinds: members.map(\.kind)) }
        var placed = [Bool](repeating: false, count: specs.count)
        var out: [KeySpec] = []
        for name in order {
            guard let index = specs.indices.first(where: { !placed[$0] && specs[$0].name == name }) else { continue }
            placed[index] = true
            out.append(specs[index])
        }
        out += specs.indices.filter { !placed[$0] }.map { specs[$0] }
        return out
    }

    private static func same(_ a: KindKey, _ b: KindKey) -> Bool {
        a.name == b.name && a.doc == b.doc && a.type == b.type
    }

    private static func spec(_ key: KindKey, _ takers: [(kind: String, key: KindKey)], allKinds: [String]) -> KeySpec {
        let kinds = takers.map(\.kind)
        let required = takers.filter(\.key.required).map(\.kind)
        let defaults = takers.compactMap { taker in taker.key.defaultValue.map { (taker.kind, $0) } }
        var general: JSONValue?
        if defaults.count == takers.count {
            let common = defaults.map(\.1).max { a, b in count(a, in: defaults) < count(b, in: defaults) }
            if let common, 3 * count(common, in: defaults) > 2 * takers.count { general = common }
        }
        let perKind = defaults.filter { $0.1 != general }.map { KeySpec.KindDefault(kind: $0.0, value: $0.1) }
        return KeySpec(
            key.name, key.type, key.doc, kinds: kinds == allKinds ? nil : kinds,
            required: required.isEmpty ? .optional : .forKinds(required), default: general, kindDefaults: perKind)
    }

    private static func count(_ value: JSONValue, in defaults: [(String, JSONValue)]) -> Int {
        defaults.filter { $0.1 == value }.count
    }
}
