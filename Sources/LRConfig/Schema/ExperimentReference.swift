/// Generates the experiment-file reference (Markdown) from the same key tables the decoder and
/// the JSON Schema read. `docs/experiment-file.md` is this output; regenerate it with
/// `swift run lrlab schema --format markdown > docs/experiment-file.md`.
package enum ExperimentReference {
    /// The reference, one section per table, with a trailing newline.
    package static func markdown() -> String {
        var out = """
            # Experiment file reference

            Generated from lrlab's key tables by `lrlab schema --format markdown`; the JSON Schema
            (`schemas/experiment.schema.json`, from `lrlab schema`) is generated from the same tables.
            Unknown keys are errors. A key listed for some kinds only is an error on the others.

            """
        for id in SectionID.allCases {
            out += "\n" + section(id)
        }
        return out
    }

    package static func section(_ id: SectionID) -> String {
        let spec = id.spec
        var out = "## \(title(id))\n\n\(spec.doc)\n"
        if let discriminator = spec.discriminator, !spec.kinds.isEmpty {
            out += "\n| `\(discriminator)` | meaning |\n| --- | --- |\n"
            for kind in spec.kinds {
                out += "| `\(kind.name)` | \(cell(kind.doc)) |\n"
            }
        }
        out += "\n| key | value | default | applies to | meaning |\n| --- | --- | --- | --- | --- |\n"
        for key in spec.keys {
            let applies = key.kinds.map { $0.map { "`\($0)`" }.joined(separator: ", ") } ?? "all"
            out += "| `\(key.name)`\(requirement(key)) | \(cell(phrase(key.type))) | \(cell(defaults(key))) | \(applies) | \(cell(key.doc)) |\n"
        }
        return out
    }

    /// Where the section sits in the file.
    package static func title(_ id: SectionID) -> String {
        switch id {
        case .experiment: "Top level"
        case .split: "`data.split`"
        case .paramGroup: "`optimizer.param_groups[]`"
        case .nestedSchedule: "`schedule.schedules[]` (sequence)"
        case .warmup: "`schedule.warmup`"
        case .earlyStopping: "`train.early_stopping`"
        case .divergence: "`train.divergence`"
        case .distribution: "`sweep.parameters.<path>` (distribution)"
        case .objective: "`sweep.objective`"
        case .epochsTo: "`sweep.objective.epochs_to`"
        default: "`\(id.rawValue)`"
        }
    }

    package static func requirement(_ key: KeySpec) -> String {
        switch key.requirement {
        case .optional: ""
        case .always: " (required)"
        case .forKinds(let kinds): " (required for \(kinds.joined(separator: ", ")))"
        }
    }

    package static func defaults(_ key: KeySpec) -> String {
        var parts = key.kindDefaults.map { "\($0.value.pretty()) (\($0.kind))" }
        if let value = key.defaultValue {
            parts.append(parts.isEmpty ? value.pretty() : "otherwise \(value.pretty())")
        }
        return parts.isEmpty ? "" : parts.joined(separator: ", ")
    }

    package static func phrase(_ type: ValueType) -> String {
        switch type {
        case .bool: "true or false"
        case .integer(let rule): rule.phrase
        case .number(let rule): rule.phrase
        case .string: "text"
        case .name: "a name matching `[a-z0-9][a-z0-9_-]*`"
        case .choice(let names, _): names.map { "`\($0)`" }.joined(separator: ", ")
        case .list(let element, let minCount, let maxCount, let increasing):
            "a list of \(phrase(element))"
                + (minCount == maxCount && minCount > 0 ? " (exactly \(minCount))"
                    : minCount > 0 ? " (at least \(minCount))" : "")
                + (increasing ? ", strictly increasing" : "")
        case .section(let id): "a mapping, see \(title(id))"
        case .sectionList(let id, _): "a list of mappings, see \(title(id))"
        case .numberOrChoice(let rule, let names, _):
            names.map { "`\($0)`" }.joined(separator: ", ") + " or \(rule.phrase)"
        case .choiceOrList(let names, _, let listType):
            names.map { "`\($0)`" }.joined(separator: ", ") + " or \(phrase(listType))"
        case .pathOrPaths: "a path or a list of paths"
        case .parameterMap: "dotted paths to a list of values or a distribution"
        case .caseList: "a list of mappings, each a `name` and dotted paths to values"
        case .configurationRef: "a case name, or a mapping of dotted paths to values"
        case .freeMapping: "a mapping, passed to the trainer as written"
        case .duration: "a duration: seconds, or a number with `s`, `m` or `h` (`90s`, `1h`)"
        case .anything: "any value"
        }
    }

    /// Table cells cannot hold a raw `|` or line break.
    package static func cell(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
    }
}
