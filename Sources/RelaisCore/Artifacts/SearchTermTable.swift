/// The terms of the site numbered as they are first met, in an open-addressing table keyed by the packed term:
/// the index looks a term up once for each word of the site, and a Dictionary's seeded hashing of every lookup
/// costs more than the rest of that work.
struct SearchTermTable {
    /// By number.
    private(set) var terms: [SearchTerm] = []
    /// A term's number, or -1 for a free slot; twice as many slots as terms at least.
    private var slots = [Int32](repeating: -1, count: 1 << 12)
    private var shift: UInt64 = 64 - 12

    /// The number of `term`, given to it here when it is new.
    mutating func number(_ term: SearchTerm) -> Int {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: term.mixed >> shift)
        while true {
            let found = Int(slots[slot])
            if found < 0 { break }
            if terms[found] == term { return found }
            slot = (slot + 1) & mask
        }
        let number = terms.count
        terms.append(term)
        slots[slot] = Int32(number)
        if terms.count * 2 > slots.count { grow() }
        return number
    }

    private mutating func grow() {
        slots = [Int32](repeating: -1, count: slots.count * 2)
        shift -= 1
        let mask = slots.count - 1
        for (number, term) in terms.enumerated() {
            var slot = Int(truncatingIfNeeded: term.mixed >> shift)
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(number)
        }
    }
}
