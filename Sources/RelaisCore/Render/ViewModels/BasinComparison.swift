import Foundation
import RelaisFrench

/// `/bassins/`: the basins side by side. Besides the name, type and region, the columns are the counts every basin
/// has (open aids, sub-territories) and the key figures at least two basins share (same label, same unit). The table
/// is in name order; below it, one copy per column in that column's order (`#tri-<colonne>`, in a `details`), linked
/// from the column's header: readable in any order without JavaScript, on one page.
enum BasinComparison {
    enum Value: Sendable {
        case text(String)
        case number(Decimal)
        case missing
    }
    struct Column: Sendable {
        let slug: String
        let label: String
        /// Numbers read largest first, texts in alphabetical order.
        let isNumeric: Bool
        let unit: Labelled?
        let value: @Sendable (RecordBasin, RecordReader) -> Value
    }

    static func anchor(_ slug: String?) -> String { "tri-" + (slug ?? "nom") }

    /// The columns after the basin's name, in the table's order.
    static func columns(_ record: RecordReader) -> [Column] {
        var columns: [Column] = [
            Column(slug: "type", label: "Type", isNumeric: false, unit: nil) { basin, _ in .text(basin.kind.label) },
            Column(slug: "region", label: "Région", isNumeric: false, unit: nil) { basin, _ in basin.region.map(Value.text) ?? .missing },
            Column(slug: "aides-ouvertes", label: "Aides ouvertes", isNumeric: true, unit: nil) { basin, record in
                .number(Decimal(record.openAidCount(basin.aidIds)))
            },
            Column(slug: "territoires", label: "Territoires décrits", isNumeric: true, unit: nil) { basin, _ in
                .number(Decimal(basin.subTerritories.count))
            },
        ]
        // A key figure is shared when two basins at least give the same label in the same unit.
        var counts: [String: (label: String, unit: Labelled, count: Int)] = [:]
        var order: [String] = []
        for basin in record.basins {
            for key in Set(basin.keyFigures.map { $0.label + "\u{1F}" + $0.unit.code }) {
                guard let figure = basin.keyFigures.first(where: { $0.label + "\u{1F}" + $0.unit.code == key }) else { continue }
                if counts[key] == nil { order.append(key) }
                counts[key, default: (figure.label, figure.unit, 0)].count += 1
            }
        }
        var used = Set(columns.map(\.slug))
        for key in order.sorted() {
            guard let shared = counts[key], shared.count >= 2 else { continue }
            var slug = "chiffre-" + FrenchFolding.slug(shared.label)
            while !used.insert(slug).inserted { slug += "-bis" }
            columns.append(Column(slug: slug, label: shared.label, isNumeric: true, unit: shared.unit) { basin, _ in
                basin.keyFigures.first { $0.label + "\u{1F}" + $0.unit.code == key }.map { .number($0.value) } ?? .missing
            })
        }
        return columns
    }

    /// Every basin with its value in each column, worked out once for the table and all its sorted copies: the
    /// open-aid count reads every aid of a basin.
    struct Grid {
        let columns: [Column]
        let basins: [RecordBasin]
        let values: [[Value]]

        init(_ record: RecordReader) {
            columns = BasinComparison.columns(record)
            basins = record.basins
            let columns = columns
            values = basins.map { basin in columns.map { $0.value(basin, record) } }
        }

        /// The basins' indexes in the order of column `index` (nil: by name); a basin without a value comes last;
        /// ties by name.
        func order(by index: Int?) -> [Int] {
            guard let index else { return Array(basins.indices) }
            return basins.indices.sorted { lhs, rhs in
                switch (values[lhs][index], values[rhs][index]) {
                case (.number(let a), .number(let b)) where a != b: return a > b
                case (.text(let a), .text(let b)) where a != b: return FrenchFolding.sortKey(a) < FrenchFolding.sortKey(b)
                case (.missing, .missing): return lhs < rhs
                case (.missing, _): return false
                case (_, .missing): return true
                default: return lhs < rhs
                }
            }
        }
    }
}

/// The comparison table as the template shows it.
struct ComparisonTable: ViewModel {
    struct Header: ViewModel {
        let label: String
        /// The copy in this column's order; nil on the copy itself.
        let url: String?
        /// `ascending` or `descending` on the column the table is sorted by.
        let sort: String?
    }
    struct Row: ViewModel {
        let name: String
        let url: String
        let cells: [Cell]
    }
    struct Cell: ViewModel {
        let text: String
        let isNumber: Bool
    }
    /// `tri-nom`, `tri-aides-ouvertes`…: where the headers of the other copies link.
    let id: String
    let isDefault: Bool
    let caption: String
    let nameHeader: Header
    let headers: [Header]
    let rows: [Row]
    /// "Classé par nombre d’aides ouvertes, du plus grand au plus petit."
    let order: String
}

extension Presentation {
    func basinComparison(_ grid: BasinComparison.Grid, sortedBy slug: String?) -> ComparisonTable {
        let columns = grid.columns
        let currentIndex = columns.firstIndex { $0.slug == slug }
        let current = currentIndex.map { columns[$0] }
        func header(_ column: BasinComparison.Column) -> ComparisonTable.Header {
            let label = column.unit.map { column.label + " (\(unitWord($0)))" } ?? column.label
            return ComparisonTable.Header(label: text(label), url: column.slug == current?.slug ? nil : "#" + BasinComparison.anchor(column.slug),
                                          sort: column.slug == current?.slug ? (column.isNumeric ? "descending" : "ascending") : nil)
        }
        let rows = grid.order(by: currentIndex).map { row in
            let basin = grid.basins[row]
            return ComparisonTable.Row(name: text(basin.name), url: href(basin.url), cells: zip(columns, grid.values[row]).map { column, value in
                switch value {
                case .text(let value): ComparisonTable.Cell(text: text(value), isNumber: false)
                case .number(let value): ComparisonTable.Cell(text: column.unit.map { figure(value, unit: $0) } ?? french.number(value), isNumber: true)
                case .missing: ComparisonTable.Cell(text: "—", isNumber: false)
                }
            })
        }
        let order = current.map { column in
            text("Classé par « \(column.label) », " + (column.isNumeric ? "du plus grand au plus petit ; les bassins sans valeur en dernier." : "dans l’ordre alphabétique."))
        } ?? "Classé par nom de bassin, dans l’ordre alphabétique."
        return ComparisonTable(
            id: BasinComparison.anchor(current?.slug), isDefault: current == nil,
            caption: current.map { text("Les bassins comparés, classés par « \($0.label) »") } ?? "Les bassins comparés",
            nameHeader: ComparisonTable.Header(label: "Bassin", url: current == nil ? nil : "#" + BasinComparison.anchor(nil),
                                                                                  sort: current == nil ? "ascending" : nil),
            headers: columns.map(header), rows: rows, order: order)
    }

    private func unitWord(_ unit: Labelled) -> String {
        switch unit.code {
        case "euro": "en euros"
        case "percent": "en %"
        case "count": "nombre"
        default: unit.label
        }
    }
}
