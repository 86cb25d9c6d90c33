/// One libyaml parse event, copied out of C: the raw stream beneath the node tree.
///
/// Anchors, tags and styles are read from start events (libyaml clears them on end events).
/// Tags are in full form as libyaml resolves them against the document's tag directives.
package struct YAMLEvent: Sendable, Hashable {
    package enum Kind: Sendable, Hashable {
        case streamStart, streamEnd, documentStart, documentEnd
        case alias, scalar, sequenceStart, sequenceEnd, mappingStart, mappingEnd
    }

    package var kind: Kind
    /// Where the event starts and ends (1-based).
    package var start: Mark
    package var end: Mark
    package var anchor: String?
    package var tag: String?
    /// The scalar's text (empty for other kinds).
    package var value: String = ""
    /// Document start/end without `---`/`...`, or a collection without a tag.
    package var implicit = false
    /// For scalars: the tag may be omitted when written plain / quoted.
    package var plainImplicit = false
    package var quotedImplicit = false
    package var scalarStyle: ScalarStyle = .plain
    package var collectionStyle: CollectionStyle = .block

    init(kind: Kind, start: Mark, end: Mark) {
        self.kind = kind
        self.start = start
        self.end = end
    }
}
