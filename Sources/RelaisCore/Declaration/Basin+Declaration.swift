// The declaration of each group of keys read in Load/Basin+Reading.swift: what the reader, the schemas, `relais new` and
// the authoring guide know of them.

import Foundation
import RelaisFrench

extension Basin {
    static let declaration = MappingDeclaration("bassin", [
        .required("name", String.self, "Le nom du bassin."),
        .required("summary", String.self, "En une ou deux phrases, le territoire et ses enjeux.", maxLength: 300),
        .required("kind", Kind.self, "La sorte de territoire.", suggested: "localBasin"),
        .optional("codes", BasinCodes.self, "Les codes officiels du bassin."),
        .optional("region", String.self, "La région."),
        .optional("subTerritories", [SubTerritory].self, "Les territoires qui le composent."),
        .optional("keyFigures", [KeyFigure].self, "Les chiffres clés, en tuiles."),
        .optional("indicators", [Indicator].self, "Les séries de chiffres, avec leur graphique."),
        .optional("programmes", [Reference].self, "Les programmes à l'œuvre sur le bassin.", shape: .list(.reference(.programme))),
        .optional("contacts", [Reference].self, "Les contacts du bassin.", shape: .list(.reference(.contact))),
    ])
}

extension BasinCodes {
    static let declaration = MappingDeclaration("codes du bassin", [
        .optional("ze2020", String.self, "Le code de la zone d'emploi 2020 de l'Insee."),
        .optional("cog", [TerritoryCode].self, "Les codes géographiques des territoires du bassin."),
    ])
}

extension SubTerritory {
    static let declaration = MappingDeclaration("sous-territoire", [
        .required("name", String.self, "Le nom du territoire."),
        .optional("code", TerritoryCode.self, "Son code."),
    ])
}

extension KeyFigure {
    static let declaration = MappingDeclaration("chiffre clé", [
        .required("label", String.self, "Ce que le chiffre compte."),
        .required("value", Decimal.self, "La valeur, sans unité ni espace."),
        .required("unit", FigureUnit.self, "L'unité, qui dit comment écrire la valeur."),
        .optional("period", String.self, "L'année ou la période."),
        .optional("qualifier", Qualifier.self, "Une précision : par an, en plus par an…"),
        .optional("comparison", Comparison.self, "Une part d'un ensemble : « soit plus de 25 % de la région »."),
        .optional("status", Status.self, "final (définitif), provisional (provisoire) ou estimate (estimation)."),
        .required("source", Source.self, "D'où vient le chiffre (obligatoire)."),
    ])
}

extension KeyFigure.Comparison {
    static let declaration = MappingDeclaration("comparaison", [
        .required("share", Percent.self, "La part, en pourcentage."),
        .required("of", String.self, "De quoi (« de la région »)."),
    ])
}

extension Indicator {
    static let declaration = MappingDeclaration("indicateur", [
        .required("id", String.self, "Son identifiant dans la page."),
        .required("label", String.self, "Ce que la série mesure."),
        .required("unit", FigureUnit.self, "L'unité des valeurs."),
        .optional("definition", String.self, "Comment la valeur est définie."),
        .required("source", Source.self, "D'où viennent les chiffres (obligatoire)."),
        .optional("chart", Chart.self, "Le graphique : barres (bar) ou courbe (line)."),
        .optional("target", Decimal.self, "Une valeur visée, tracée en ligne sur le graphique."),
        FieldDeclaration(key: "series", type: ObjectIdentifier([Point].self), shape: .either([.list(Point.shape), CSVSeriesReference.shape]),
                         requirement: .conditional("sauf si csv est donné"), summary: "Les points, écrits ici ou pris dans un fichier CSV de data/ (« csv »)."),
        .conditional("csv", Reference.self, when: "sauf si series est donné", "Le fichier CSV de data/ qui donne les points.", shape: .reference(.csvFile)),
    ])
}

extension CSVSeriesReference {
    static let declaration = MappingDeclaration("série en CSV", [
        .required("csv", Reference.self, "Le fichier CSV de data/ qui donne les points.", shape: .reference(.csvFile)),
    ])
}

extension Indicator.Point {
    static let declaration = MappingDeclaration("point de la série", [
        .required("period", String.self, "La période du point."),
        .required("value", Decimal.self, "La valeur."),
        .optional("status", Status.self, "final, provisional (provisoire) ou estimate (estimation)."),
    ])
}
