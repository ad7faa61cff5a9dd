import Foundation

/// Swift has no stored static properties in generic types: the field tables of `PageViewModel<Body>`,
/// `CardListBody<Card>` and its sections are made once per concrete type and kept here.
enum GenericFieldTables {
    private final class Store: @unchecked Sendable {
        let lock = NSLock()
        /// `ViewFields<Model>` by `Model`; read and written under `lock`.
        var tables: [ObjectIdentifier: Any] = [:]
    }

    private static let store = Store()

    static func table<Model>(_ make: () -> ViewFields<Model>) -> ViewFields<Model> {
        let key = ObjectIdentifier(Model.self)
        if let table = store.lock.withLock({ store.tables[key] }) as? ViewFields<Model> { return table }
        let table = make()
        store.lock.withLock { store.tables[key] = table }
        return table
    }
}
