import Yams

/// A YAML mapping read strictly: unknown keys and wrong shapes are errors naming file and location.
struct StrictMapping {
    let pairs: [(key: String, value: Node)]
    let file: String
    let location: String

    init(_ node: Node?, file: String, location: String) throws(PolicyError) {
        guard let mapping = node?.mapping else {
            throw PolicyError(file: file, location: location, message: "expected a mapping")
        }
        var pairs: [(String, Node)] = []
        for (key, value) in mapping {
            guard let name = key.scalar?.string else {
                throw PolicyError(file: file, location: location, message: "keys must be plain strings")
            }
            if pairs.contains(where: { $0.0 == name }) {
                throw PolicyError(file: file, location: location, message: "duplicate key '\(name)'")
            }
            pairs.append((name, value))
        }
        self.pairs = pairs
        self.file = file
        self.location = location
    }

    var keys: [String] { pairs.map(\.key) }

    func only(_ allowed: Set<String>) throws(PolicyError) {
        for key in keys where !allowed.contains(key) {
            throw PolicyError(
                file: file, location: location,
                message: "unknown key '\(key)' (allowed: \(allowed.sorted().joined(separator: ", ")))")
        }
    }

    func node(_ key: String) -> Node? { pairs.first { $0.key == key }?.value }

    func string(_ key: String) throws(PolicyError) -> String {
        guard let value = try optionalString(key) else {
            throw PolicyError(file: file, location: location, message: "missing '\(key)'")
        }
        return value
    }

    func optionalString(_ key: String) throws(PolicyError) -> String? {
        guard let node = node(key) else { return nil }
        guard let scalar = node.scalar else {
            throw PolicyError(file: file, location: location, message: "'\(key)' must be a string")
        }
        return scalar.string
    }

    /// A scalar or a sequence of scalars, as a list.
    func stringList(_ key: String) throws(PolicyError) -> [String]? {
        guard let node = node(key) else { return nil }
        if let scalar = node.scalar { return [scalar.string] }
        guard let sequence = node.sequence else {
            throw PolicyError(file: file, location: location, message: "'\(key)' must be a string or a list of strings")
        }
        var values: [String] = []
        for item in sequence {
            guard let scalar = item.scalar else {
                throw PolicyError(file: file, location: location, message: "'\(key)' must contain only strings")
            }
            values.append(scalar.string)
        }
        return values
    }

    func sequence(_ key: String) throws(PolicyError) -> [Node]? {
        guard let node = node(key) else { return nil }
        guard let sequence = node.sequence else {
            throw PolicyError(file: file, location: location, message: "'\(key)' must be a list")
        }
        return Array(sequence)
    }
}

/// Parses YAML text to a node tree, mapping parser errors to PolicyError.
func composeYAML(_ text: String, file: String) throws(PolicyError) -> Node {
    do {
        guard let node = try Yams.compose(yaml: text) else {
            throw PolicyError(file: file, message: "empty document")
        }
        return node
    } catch let error as PolicyError {
        throw error
    } catch {
        throw PolicyError(file: file, message: "invalid YAML: \(error)")
    }
}
