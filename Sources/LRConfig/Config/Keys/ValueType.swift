/// What the value of a key must be; read by both the decoder and the JSON Schema generator.
package indirect enum ValueType: Sendable, Equatable {
    case bool
    case integer(IntegerRule)
    case number(NumberRule)
    /// Free text.
    case string
    /// A safe directory name: `[a-z0-9][a-z0-9_-]*`.
    case name
    /// One of a fixed set of names; `what` names the family in messages ("optimizer").
    case choice([String], what: String)
    /// A list of values of one type; `increasing` demands strictly increasing numbers.
    case list(ValueType, minCount: Int = 0, maxCount: Int? = nil, increasing: Bool = false)
    /// A nested mapping described by another section.
    case section(SectionID)
    /// A list of nested mappings.
    case sectionList(SectionID, minCount: Int = 0)
    /// A number or one of some names (an initializer's `bias: zeros | default | 0.1`).
    case numberOrChoice(NumberRule, [String], what: String)
    /// One of some names or a list (`train.class_weights: balanced | [1, 9]`); `list` is a
    /// `.list` type.
    case choiceOrList([String], what: String, list: ValueType)
    /// A path or a non-empty list of paths (`extends:`).
    case pathOrPaths
    /// A mapping of dotted experiment paths to value lists or distributions (`sweep.parameters`).
    case parameterMap
    /// A list of named cases (`sweep.cases`): mappings of `name` and dotted experiment paths
    /// to single values.
    case caseList
    /// A case name, or a mapping of dotted experiment paths to values
    /// (`sweep.objective.baseline`).
    case configurationRef
    /// A mapping lrlab passes through to an external trainer as written (`model.params`);
    /// sweeps and `--set` may reach into it (`model.params.depth`).
    case freeMapping
    /// A time span: seconds as a number, or a number followed by `s`, `m` or `h` (`90s`, `1h`).
    case duration
    /// Any YAML value.
    case anything
}
