/// What a YAML value looks like, said once per Swift type that reads it: the JSON Schemas, `relais new` and the
/// authoring guide describe values from it.
indirect enum ValueShape: Sendable {
    case text, markdown, integer, number, amount, percent, boolean, date, dateTime, time, year, url, email, phone, territory
    /// An id of another item.
    case reference(ReferenceTarget)
    case choice([Choice])
    case list(ValueShape)
    case mapping(MappingDeclaration)
    /// A mapping whose keys are ids, each with a value of this shape (the contacts of an organisation).
    case keyed(ValueShape)
    /// One of several shapes (a year or a date).
    case either([ValueShape])

    /// One allowed word, with what the site shows for it.
    struct Choice: Sendable, Equatable {
        let value: String
        let label: String?
    }

    /// How the value is written, in French, for the guide's tables and the comments of `relais new`.
    var french: String {
        switch self {
        case .text: "texte"
        case .markdown: "texte Markdown"
        case .integer: "nombre entier"
        case .number: "nombre"
        case .amount: "montant en euros"
        case .percent: "pourcentage (0 à 100)"
        case .boolean: "true ou false"
        case .date: "date AAAA-MM-JJ"
        case .dateTime: "date et heure AAAA-MM-JJTHH:MM"
        case .time: "heure HH:MM"
        case .year: "année AAAA"
        case .url: "adresse https://…"
        case .email: "adresse e-mail"
        case .phone: "téléphone +33…"
        case .territory: "code de territoire (DEP-94, REG-11, EPCI-…, COM-…, FR, UE) ou identifiant de bassin"
        case .reference(let target): "identifiant : \(target.french)"
        case .choice(let choices): "une valeur parmi " + choices.map(\.value).joined(separator: ", ")
        case .list(let element): "liste " + (element.pluralFrench.first.map { "aeiouéAEIOUÉ".contains($0) } == true ? "d’" : "de ") + element.pluralFrench
        case .mapping(let declaration): "groupe de clés (\(declaration.name))"
        case .keyed(let value): "un groupe par identifiant : " + value.french
        case .either(let shapes): shapes.map(\.french).joined(separator: " ou ")
        }
    }

    private var pluralFrench: String {
        switch self {
        case .choice(let choices): "valeurs parmi " + choices.map(\.value).joined(separator: ", ")
        case .mapping(let declaration): "groupes de clés (\(declaration.name))"
        case .reference(let target): "identifiants (\(target.french))"
        case .territory: "codes de territoire (DEP-94, REG-11, EPCI-…, COM-…, FR, UE) ou identifiants de bassin"
        default: french
        }
    }
}

/// What a reference names: `relais new` lists the ids of the site for some, the guide says which for all.
enum ReferenceTarget: Sendable {
    case organisation, contact, theme, programme, aid, event, basin, csvFile, any

    var french: String {
        switch self {
        case .organisation: "une organisation de organisations.yaml"
        case .contact: "un contact « organisation/contact » de organisations.yaml"
        case .theme: "un thème de site.yaml"
        case .programme: "un programme de programmes/"
        case .aid: "une aide de aides/"
        case .event: "un événement de evenements/"
        case .basin: "un bassin de bassins/"
        case .csvFile: "un fichier CSV de data/"
        case .any: "un identifiant"
        }
    }
}
