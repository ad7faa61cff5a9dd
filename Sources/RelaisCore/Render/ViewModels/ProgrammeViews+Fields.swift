// The field tables of the view models in ProgrammeViews.swift: what templates can name (see ViewFields).

extension ProgrammeCard {
    static let fields = ViewFields<Self>([
        .field("name", \.name), .field("url", \.url), .field("summary", \.summary), .field("kind", \.kind),
        .field("period", \.period), .field("budget", \.budget),
    ])
}

extension ProgrammePageBody {
    static let fields = ViewFields<Self>([
        .field("name", \.name), .field("acronym", \.acronym), .field("summary", \.summary), .field("kind", \.kind),
        .field("period", \.period), .field("pilots", \.pilots), .field("territories", \.territories),
        .field("descriptionHTML", \.descriptionHTML), .field("budgetSentence", \.budgetSentence), .field("budget", \.budget),
        .field("hasBudget", \.hasBudget), .field("targetSentences", \.targetSentences),
        .field("targets", \.targets), .field("results", \.results), .field("countingMethods", \.countingMethods),
        .field("hasCountingMethods", \.hasCountingMethods), .field("axes", \.axes), .field("hasAxes", \.hasAxes),
        .field("workstreams", \.workstreams), .field("hasWorkstreams", \.hasWorkstreams),
        .field("governance", \.governance), .field("pilotTerritories", \.pilotTerritories),
        .field("legalBasis", \.legalBasis), .field("legalBasisText", \.legalBasisText),
        .field("hasLegalBasis", \.hasLegalBasis), .field("aids", \.aids), .field("hasAids", \.hasAids),
        .field("events", \.events), .field("hasEvents", \.hasEvents), .field("basins", \.basins), .field("hasBasins", \.hasBasins),
        .field("dateModifiedHTML", \.dateModifiedHTML),
    ])
}

extension ProgrammePageBody.AxisView {
    static let fields = ViewFields<Self>([
        .field("title", \.title), .field("descriptionHTML", \.descriptionHTML),
    ])
}

extension ProgrammePageBody.TargetView {
    static let fields = ViewFields<Self>([
        .field("sentence", \.sentence), .field("method", \.method),
    ])
}
