extension ConfigNode {
    /// Deep merge for `extends:`: mappings merge key by key (base order, new keys appended),
    /// anything else in `override` replaces `self`. A key the base has and the override sets
    /// to null (`momentum: null` or `~`) is removed, as in JSON Merge Patch (RFC 7386). Every
    /// node keeps the file it came from.
    package func merged(with override: ConfigNode) -> ConfigNode {
        guard case .mapping(var entries) = content, case .mapping(let top) = override.content else {
            return override
        }
        for entry in top {
            if entry.value.isNull, entries.contains(where: { $0.key == entry.key }) {
                entries.removeAll { $0.key == entry.key }
            } else if let i = entries.firstIndex(where: { $0.key == entry.key }) {
                entries[i].value = entries[i].value.merged(with: entry.value)
                entries[i].keyLocation = entry.keyLocation
            } else {
                entries.append(entry)
            }
        }
        return ConfigNode(.mapping(entries), location: override.location)
    }

    package var isNull: Bool {
        if case .scalar(.null, _) = content { return true }
        return false
    }

    /// The mapping without `key`.
    package func removing(_ key: String) -> ConfigNode {
        guard case .mapping(let entries) = content else { return self }
        return ConfigNode(.mapping(entries.filter { $0.key != key }), location: location)
    }
}
