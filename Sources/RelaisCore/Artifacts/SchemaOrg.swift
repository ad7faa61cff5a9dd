/// schema.org nodes as typed values, one Encodable struct per type Relais writes: JSON-LD is made from these and
/// JSONEncoder, never from dictionaries of anything. Each node is built from the record alone.
enum SchemaOrg {
    static let vocabulary = "https://schema.org/"
}
