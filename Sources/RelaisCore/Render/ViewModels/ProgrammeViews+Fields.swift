// The field tables of the view models in ProgrammeViews.swift: what templates can name (see ViewFields).

extension ProgrammeCard {
    static let fields = ViewFields<Self>([
        .field("name", \.name), .field("url", \.url), .field("summary", \.summary), .field("kind", \.kind),
        .field("period", \.period),
    ])
}

extension ProgrammePageBody {
    static let fields = ViewFields<Self>([
        .field("name", \.name), .field("acronym", \.acronym), .field("summary", \.summary), .field("kind", \.kind),
        .field("period", \.period), .field("pilots", \.pilots), .field("territories", \.territories),
        .field("descriptionHTML", \.descriptionHTML), .field("budget", \.budget), .field("hasBudget", \.hasBudget),
        .field("targets", \.targets), .field("results", \.results), .field("countingMethods", \.countingMethods),
        .field("hasCountingMethods", \.hasCountingMethods), .field("axes", \.axes), .field("hasAxes", \.hasAxes),
        .field("workstreams", \.workstreams), .field("hasWorkstreams", \.hasWorkstreams),
        .field("governance", \.governance), .field("hasGovernance", \.hasGovernance),
        .field("pilotTerritories", \.pilotTerritories), .field("hasPilotTerritories", \.hasPilotTerritories),
        .field("legalBasis", \.legalBasis), .field("legalBasisText", \.legalBasisText),
        .field("hasLegalBasis", \.hasLegalBasis), .field("aids", \.aids), .field("hasAids", \.hasAids),
        .field("events", \.events), .field("hasEvents", \.hasEvents), .field("dateModifiedHTML", \.dateModifiedHTML),
    ])
}

extension ProgrammePageBody.AxisView {
    static let fields = ViewFields<Self>([
        .field("title", \.title), .field("descriptionHTML", \.descriptionHTML),
    ])
}

extension ProgrammePageBody.GovernanceView {
    static let fields = ViewFields<Self>([
        .field("body", \.body), .field("details", \.details),
    ])
}

extension ProgrammePageBody.PilotTerritoryView {
    static let fields = ViewFields<Self>([
        .field("territory", \.territory), .field("carriers", \.carriers), .field("status", \.status),
        .field("summary", \.summary),
    ])
}
