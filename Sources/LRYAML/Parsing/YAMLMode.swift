/// How strictly a stream is composed into nodes.
package enum YAMLMode: Sendable, Hashable {
    /// Experiment files: core-schema tags checked, duplicate keys rejected, `<<` merges applied.
    case strict
    /// Generic YAML 1.2: any tag, duplicate keys and `<<` kept as plain data.
    case generic
}
