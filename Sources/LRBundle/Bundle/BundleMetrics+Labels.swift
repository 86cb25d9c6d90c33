import LRConfig
import LRReport

extension BundleMetrics.Parameter {
    /// A case's name (`sweep.cases`) when this is one, nil otherwise.
    package var caseName: String? {
        guard path == SweepCase.path, case .object(let members) = value,
            case .string(let name)? = members.first(where: { $0.0 == "name" })?.1
        else { return nil }
        return name
    }
}

extension BundleMetrics {
    /// Each configuration's short label (``ConfigurationLabels``), by configuration id.
    package var configurationLabels: [String: String] {
        let parameters = configurations.map { configuration in
            configuration.parameters.map { parameter -> ParameterValue in
                let text: String = switch parameter.value {
                case .string(let s): s
                default: parameter.value.compact()
                }
                return ParameterValue(path: parameter.path, text: text, caseName: parameter.caseName)
            }
        }
        return Dictionary(
            zip(configurations.map(\.id), ConfigurationLabels.make(parameters)), uniquingKeysWith: { first, _ in first })
    }
}
