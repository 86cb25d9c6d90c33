@testable import LRConfig
import Testing

/// The key tables are internally consistent: registries match the typed kinds, every kind
/// named by a key exists, names are snake_case.
@Suite struct KeyTableTests {
    static let families: [(SectionID, [String])] = [
        (.data, DataConfig.Source.allCases.map(\.rawValue)),
        (.model, ModelKinds.names),
        (.initializer, InitializerKinds.names),
        (.optimizer, OptimizerKinds.names),
        (.schedule, ScheduleKinds.names),
        (.nestedSchedule, ScheduleKinds.names),
        (.sweep, SweepConfig.Method.allCases.map(\.rawValue)),
    ]

    @Test(arguments: families.map(\.0.rawValue))
    func registryMatchesTypedKinds(id: String) throws {
        let family = try #require(Self.families.first { $0.0.rawValue == id })
        let spec = family.0.spec
        #expect(spec.kindNames == family.1)
        let discriminator = try #require(spec.discriminator)
        guard case .choice(let names, _)? = spec.keys.first(where: { $0.name == discriminator })?.type else {
            Issue.record("the discriminator of \(id) is not a choice")
            return
        }
        #expect(names == family.1)
    }

    @Test(arguments: SectionID.allCases.map(\.rawValue))
    func keysNameOnlyExistingKinds(id: String) throws {
        let spec = try #require(SectionID(rawValue: id)).spec
        for key in spec.keys {
            for kind in key.kinds ?? [] { #expect(spec.kindNames.contains(kind), "\(id).\(key.name): \(kind)") }
            for d in key.kindDefaults { #expect(spec.kindNames.contains(d.kind), "\(id).\(key.name): \(d.kind)") }
            if case .forKinds(let kinds) = key.requirement {
                for kind in kinds { #expect(key.applies(to: kind), "\(id).\(key.name) required for \(kind)") }
            }
            let snake = key.name.allSatisfy { $0.isLowercase || $0.isNumber || $0 == "_" }
            #expect(snake, "\(id).\(key.name)")
            #expect(!key.doc.isEmpty)
        }
    }

    @Test func keysWithSeveralEntriesNeverOverlapOnAKind() {
        for id in SectionID.allCases {
            let spec = id.spec
            for name in spec.keyNames {
                let entries = spec.keys.filter { $0.name == name }
                guard entries.count > 1 else { continue }
                for kind in spec.kindNames {
                    #expect(entries.filter { $0.applies(to: kind) }.count <= 1, "\(id).\(name) for \(kind)")
                }
            }
        }
    }

    @Test(arguments: [
        ("optimizer.lr", true), ("schedule.max_lr", true), ("optimizer.kind", true), ("model.hidden", true),
        ("schedule.warmup.steps", true), ("optimizer.betas.0", true), ("optimizer.learning_rate", false),
        ("name", false), ("sweep.trials", false), ("optimizer", true), ("optimizer.", false),
    ])
    func experimentPaths(path: String, exists: Bool) {
        #expect((ExperimentPath.resolve(path) != nil) == exists)
    }
}
