import Foundation

/// The value axis of a chart: round ticks (1, 2, 2.5 or 5 times a power of ten) from zero, or below it, to at least
/// the largest value, about five of them. Ticks are exact decimals, so that "2,5 M€" is written as it is.
struct ChartScale: Sendable, Equatable {
    let ticks: [Decimal]

    var lower: Decimal { ticks.first ?? 0 }
    var upper: Decimal { ticks.last ?? 1 }

    init(values: [Decimal], targetTickCount: Int = 5) {
        let lowest = min(values.min() ?? 0, 0), highest = max(values.max() ?? 0, 0)
        guard highest > lowest else {
            ticks = [0, 1]
            return
        }
        let step = Self.roundStep(for: (highest - lowest) / Decimal(max(targetTickCount - 1, 1)))
        var tick = Self.floor(lowest, step: step)
        var ticks: [Decimal] = [tick]
        while tick < highest {
            tick += step
            ticks.append(tick)
        }
        self.ticks = ticks
    }

    /// The position of a value between 0 (the lowest tick) and 1 (the highest).
    func fraction(_ value: Decimal) -> Double {
        let span = upper - lower
        guard span > 0 else { return 0 }
        return NSDecimalNumber(decimal: (value - lower) / span).doubleValue
    }

    /// The smallest of 1, 2, 2.5, 5 × 10ⁿ that is at least `raw`.
    static func roundStep(for raw: Decimal) -> Decimal {
        guard raw > 0 else { return 1 }
        var power: Decimal = 1
        while power * 10 <= raw { power *= 10 }
        while power > raw { power /= 10 }
        for factor: Decimal in [1, 2, 2.5, 5, 10] where factor * power >= raw {
            return factor * power
        }
        return 10 * power
    }

    /// The largest multiple of `step` at or below `value`.
    static func floor(_ value: Decimal, step: Decimal) -> Decimal {
        var quotient = value / step, rounded = Decimal()
        NSDecimalRound(&rounded, &quotient, 0, .down)
        if rounded * step > value { rounded -= 1 }
        return rounded * step
    }
}
