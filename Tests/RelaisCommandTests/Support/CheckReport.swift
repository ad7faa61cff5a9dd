import Foundation

/// What `relais check --format json` prints, read back by the tests.
struct CheckReport: Decodable {
    struct Entry: Decodable, Equatable {
        let severity, step, file: String
        let line, column: Int
        let message: String
        let hint: String?
    }

    let diagnostics: [Entry]
    let errors: Int
    let warnings: Int

    init(json: String) throws {
        self = try JSONDecoder().decode(CheckReport.self, from: Data(json.utf8))
    }
}
