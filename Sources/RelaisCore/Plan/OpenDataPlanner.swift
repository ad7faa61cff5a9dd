/// The open-data files of `/donnees/`: the aids in the national CSV schema and in JSON, and the Data Package
/// that describes them. The page that presents them is planned with the other pages.
enum OpenDataPlanner {
    static let folder = "/donnees/"
    static let csvPath = "/donnees/aides.csv"
    static let jsonPath = "/donnees/aides.json"
    static let packagePath = "/donnees/datapackage.json"

    static func plan(_ record: SiteRecord) -> [PlannedOutput] {
        [
            // A basin named as an aid's territory stands for its own codes.
            .artifact(csvPath, .csv, inputs: [.every(.aid), .every(.basin)], streaming: AidsCSV.write),
            .artifact(jsonPath, .json, inputs: [.every(.aid)], streaming: OpenDataAids.write),
            .artifact(packagePath, .json, inputs: [], write: DataPackage.write),
            // The basins' indicators in long format, what their charts draw.
            .artifact(IndicatorsCSV.path, .csv, inputs: [.every(.basin)], write: IndicatorsCSV.write),
        ]
    }
}
