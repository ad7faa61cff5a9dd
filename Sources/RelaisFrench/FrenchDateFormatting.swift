// French dates, times and ranges: "jeudi 1er décembre 2022", "du 30 novembre au 2 décembre 2022",
// "de 13 h 30 à 18 h". Each text has a plain form (titles, alt text) and an HTML form with "1<sup>er</sup>".

extension FrenchFormatter {
    /// Month names, lower case, January first.
    static let monthNames = [
        "janvier", "février", "mars", "avril", "mai", "juin",
        "juillet", "août", "septembre", "octobre", "novembre", "décembre",
    ]

    /// Weekday names, lower case, Monday first (ISO order).
    static let weekdayNames = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]

    /// `1er décembre 2022`, or `jeudi 1er décembre 2022` with `weekday`.
    public func date(_ d: CalendarDate, weekday: Bool = false) -> String {
        dateText(d, weekday: weekday, html: false)
    }

    /// `décembre 2022`.
    public func monthYear(_ d: CalendarDate) -> String {
        "\(Self.monthName(d.month)) \(d.year)"
    }

    /// `1<sup>er</sup> décembre 2022`: safe HTML holding only the formatter's own characters.
    public func dateHTML(_ d: CalendarDate, weekday: Bool = false) -> String {
        dateText(d, weekday: weekday, html: true)
    }

    /// `13 h 30`, `9 h`, `0 h 05` (no-break spaces), or `13h30`, `9h` in the compact style.
    public func time(_ t: LocalTime) -> String {
        let minutes = ASCIIDigits.padded(t.minute, width: 2)
        switch timeStyle {
        case .spaced: return t.minute == 0 ? "\(t.hour)\u{00A0}h" : "\(t.hour)\u{00A0}h\u{00A0}\(minutes)"
        case .compact: return t.minute == 0 ? "\(t.hour)h" : "\(t.hour)h\(minutes)"
        }
    }

    /// `1er décembre 2022`, `du 1er au 3 décembre 2022`, `du 30 novembre au 2 décembre 2022`,
    /// `du 30 décembre 2022 au 2 janvier 2023`: month and year are not repeated.
    public func dateRange(from: CalendarDate, to: CalendarDate) -> String {
        dateRangeText(from: from, to: to, html: false)
    }

    /// `dateRange` with `1<sup>er</sup>`.
    public func dateRangeHTML(from: CalendarDate, to: CalendarDate) -> String {
        dateRangeText(from: from, to: to, html: true)
    }

    /// `de 13 h 30 à 18 h`.
    public func timeRange(from: LocalTime, to: LocalTime) -> String {
        "de \(time(from)) à \(time(to))"
    }

    /// `jeudi 1er décembre 2022, de 13 h 30 à 18 h` on one day (`… à 13 h 30` when both ends are equal);
    /// `du jeudi 1er décembre 2022 à 9 h au vendredi 2 décembre 2022 à 17 h` over several days.
    public func dateTimeRange(from: LocalDateTime, to: LocalDateTime) -> String {
        dateTimeRangeText(from: from, to: to, html: false)
    }

    /// `dateTimeRange` with `1<sup>er</sup>`.
    public func dateTimeRangeHTML(from: LocalDateTime, to: LocalDateTime) -> String {
        dateTimeRangeText(from: from, to: to, html: true)
    }

    // MARK: - Building blocks

    static func monthName(_ month: Int) -> String {
        monthNames[min(max(month, 1), 12) - 1]
    }

    static func weekdayName(_ weekday: Int) -> String {
        weekdayNames[min(max(weekday, 1), 7) - 1]
    }

    /// "1er" (or "1<sup>er</sup>") for the first of the month, the plain number otherwise.
    func dayNumber(_ day: Int, html: Bool) -> String {
        guard day == 1 else { return String(day) }
        return html ? "1<sup>er</sup>" : "1er"
    }

    func dateText(_ d: CalendarDate, weekday: Bool, html: Bool) -> String {
        let core = "\(dayNumber(d.day, html: html)) \(Self.monthName(d.month)) \(d.year)"
        return weekday ? "\(Self.weekdayName(d.weekday)) \(core)" : core
    }

    func dateRangeText(from: CalendarDate, to: CalendarDate, html: Bool) -> String {
        if from == to { return dateText(from, weekday: false, html: html) }
        let end = dateText(to, weekday: false, html: html)
        let start: String
        if from.year == to.year && from.month == to.month {
            start = dayNumber(from.day, html: html)
        } else if from.year == to.year {
            start = "\(dayNumber(from.day, html: html)) \(Self.monthName(from.month))"
        } else {
            start = dateText(from, weekday: false, html: html)
        }
        return "du \(start) au \(end)"
    }

    func dateTimeRangeText(from: LocalDateTime, to: LocalDateTime, html: Bool) -> String {
        let startDay = dateText(from.date, weekday: true, html: html)
        if from.date == to.date {
            if from.time == to.time { return "\(startDay) à \(time(from.time))" }
            return "\(startDay), \(timeRange(from: from.time, to: to.time))"
        }
        let endDay = dateText(to.date, weekday: true, html: html)
        return "du \(startDay) à \(time(from.time)) au \(endDay) à \(time(to.time))"
    }
}
