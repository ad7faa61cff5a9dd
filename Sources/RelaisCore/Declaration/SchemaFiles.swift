import Foundation

/// The JSON Schemas as files: `relais schema` writes them, `relais new` points to them.
public enum SchemaFiles {
    /// Inside the content folder: hidden, so the loader skips it, and beside the files it describes.
    public static let folderName = ".schemas"

    /// Writes every schema into `folder`, made if needed; the names written, in order.
    public static func write(to folder: String) throws -> [String] {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        var names: [String] = []
        for file in JSONSchemaWriter.files {
            let text = JSONSchemaWriter.schema(of: file).text()
            try Data(text.utf8).write(to: URL(fileURLWithPath: "\(folder)/\(file.name)"), options: .atomic)
            names.append(file.name)
        }
        return names
    }

    /// The schema of a content kind, as `relais new` names it on a file's first line: relative to the file.
    public static func reference(for kind: ContentKind) -> String { "../\(folderName)/\(kind.schemaName)" }
}
