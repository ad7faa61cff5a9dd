import RelaisFrench

/// Content that has grown old on the build date: aids closed for more than a year that other content still points to,
/// contacts whose details were last checked more than a year ago (or on a day still to come). Warnings only.
enum ContentAgeCheck {
    /// The same day one year before `date` (28 February for 29 February).
    static func yearBefore(_ date: CalendarDate) -> CalendarDate {
        let day = min(date.day, CalendarDate.daysInMonth(date.month, year: date.year - 1))
        return CalendarDate(year: date.year - 1, month: date.month, day: day) ?? date.adding(days: -365)
    }

    /// Aids closed for more than a year on the build date, by their dates or by their authors, with the day they closed.
    static func staleAids(_ graph: SiteGraph) -> [String: CalendarDate] {
        let limit = yearBefore(graph.buildDate)
        var stale: [String: CalendarDate] = [:]
        for (id, status) in graph.aidStatus {
            switch status {
            case .closed(let closed) where closed < limit: stale[id] = closed
            case .withdrawn(let availability) where availability.state == .closed:
                if let since = availability.since, since < limit { stale[id] = since }
            default: break
            }
        }
        return stale
    }

    /// The warning for a reference to an aid closed long ago.
    static func staleAidReference(_ id: String, closed: CalendarDate, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.warning, step: .validate, at: location,
                   "L'aide « \(id) » est clôturée depuis le \(FrenchFormatter().date(closed)), il y a plus d'un an, et ce contenu y renvoie encore.",
                   hint: "Retirez ce renvoi ou remplacez-le par une aide ouverte ; si l'aide a été reconduite, mettez ses dates à jour.")
    }

    /// The closing day of a stale aid a text dated `day` may not point to: one that had closed by then. A news item
    /// or an event that spoke of an aid while it was open stays as it was written. A lookup, not a filtered copy:
    /// it is asked once per reference of every text.
    static func stillStale(_ stale: [String: CalendarDate], _ id: String, from day: CalendarDate?) -> CalendarDate? {
        guard let closed = stale[id], day.map({ closed < $0 }) ?? true else { return nil }
        return closed
    }

    static func diagnostics(_ graph: SiteGraph) -> [Diagnostic] {
        let stale = staleAids(graph)
        let references = graph.content.events.flatMap { event in event.front.relatedAids.map { ($0, event.front.start.date) } }
            + graph.content.news.flatMap { news in news.front.relatedAids.map { ($0, news.front.date) } }
        var diagnostics = references.compactMap { reference, day in
            stillStale(stale, reference.id, from: day).map { staleAidReference(reference.id, closed: $0, at: reference.location) }
        }
        let limit = yearBefore(graph.buildDate)
        for contact in graph.content.organisations.flatMap(\.contacts) {
            guard let verified = contact.verified else { continue }
            if verified.date > graph.buildDate {
                diagnostics.append(Diagnostic(.warning, step: .validate, at: verified.location,
                    "La date de vérification du contact « \(contact.id) », le \(FrenchFormatter().date(verified.date)), n'est pas encore arrivée.",
                    hint: "Écrivez le jour où ses coordonnées ont été vérifiées, au format AAAA-MM-JJ."))
            } else if verified.date < limit {
                diagnostics.append(Diagnostic(.warning, step: .validate, at: verified.location,
                    "Les coordonnées du contact « \(contact.id) » n'ont pas été vérifiées depuis le \(FrenchFormatter().date(verified.date)), il y a plus d'un an.",
                    hint: "Vérifiez-les auprès de l'organisme, corrigez-les s'il le faut, puis écrivez la date du jour dans « verified »."))
            }
        }
        return diagnostics
    }
}
