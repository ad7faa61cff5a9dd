import RelaisFrench
import Yams

/// `organisations.yaml`: a mapping from organisation ids to organisations, each with a mapping of contacts.
enum OrganisationsReader {
    static func read(_ node: Node, in context: ReadContext) -> [Organisation] {
        guard let top = MappingReader(node, field: "", in: context) else { return [] }
        var organisations: [Organisation] = []
        for (id, keyNode, value) in top.writtenKeys {
            guard checkId(id, at: keyNode, what: "d'organisation", in: context),
                  let reader = MappingReader(value, field: id, in: context, declaration: Organisation.declaration) else { continue }
            if let organisation = Organisation(id: id, reading: reader, location: context.location(of: keyNode)) {
                organisations.append(organisation)
            }
            reader.finish()
        }
        return organisations
    }

    static func checkId(_ id: String, at node: Node, what: String, in context: ReadContext) -> Bool {
        guard Identifier.isValid(id) else {
            context.error(at: node, "« \(id) » n'est pas un identifiant \(what) valide.",
                          hint: "Utilisez des minuscules sans accent, des chiffres et des tirets : « \(Identifier.suggestion(for: id)) ».")
            return false
        }
        return true
    }
}

extension Organisation {
    init?(id: String, reading r: MappingReader, location: SourceLocation) {
        let name: String? = r.read("name")
        let kind: Kind? = r.read("kind")
        let acronym: String? = r.read("acronym")
        let siren: String? = r.read("siren")
        let url: ContentURL? = r.read("url")
        var contacts: [Contact] = []
        if let contactsNode = r.valueNode("contacts"), let contactsReader = MappingReader(contactsNode, field: r.path("contacts"), in: r.context) {
            for (contactId, keyNode, value) in contactsReader.writtenKeys {
                guard OrganisationsReader.checkId(contactId, at: keyNode, what: "de contact", in: r.context),
                      let reader = MappingReader(value, field: "\(id)/\(contactId)", in: r.context, declaration: Contact.declaration) else { continue }
                if let contact = Contact(id: "\(id)/\(contactId)", reading: reader, location: r.context.location(of: keyNode)) {
                    contacts.append(contact)
                }
                reader.finish()
            }
        }
        if let siren, !(siren.count == 9 && siren.allSatisfy(\.isASCIIDigit)) {
            r.requireCondition("siren", "Le numéro SIREN « \(siren) » doit compter neuf chiffres.",
                               hint: "Écrivez-le entre guillemets, sans espace : \"130007669\".")
        }
        guard let name, let kind else { return nil }
        self.init(id: id, name: name, kind: kind, acronym: acronym, siren: siren, url: url, contacts: contacts, location: location)
    }
}

extension Contact {
    init?(id: String, reading r: MappingReader, location: SourceLocation) {
        let kind: Kind? = r.read("kind")
        let name: String? = r.read("name")
        let role: String? = r.read("role")
        let email: EmailAddress? = r.read("email")
        let phone: PhoneNumber? = r.read("phone")
        let url: ContentURL? = r.read("url")
        let address: String? = r.read("address")
        let consent: Bool? = r.read("consentToPublish")
        let verified: CalendarDate? = r.read("verified")
        if email == nil, phone == nil, url == nil, address == nil {
            r.requireCondition("name", "Le contact « \(id) » n'a aucun moyen d'être joint.",
                               hint: "Ajoutez au moins « email », « phone », « url » ou « address ».")
        }
        if kind == .person, consent == nil {
            r.context.log.error(location, "Le contact « \(id) » est une personne : ses coordonnées ne peuvent être publiées qu'avec son accord.",
                               hint: "Avec son accord écrit, ajoutez « consentToPublish: true » ; sinon, donnez plutôt le contact d'un service (« kind: service »).")
        } else if kind == .person, consent == false {
            // Kept so that references to it resolve; the record leaves it out, so no output can show it.
            r.context.log.warning(r.location(of: "consentToPublish"),
                                  "Le contact « \(id) » n'a pas donné son accord : il ne sera publié nulle part, et les aides qui le citent n'afficheront que leurs autres contacts.",
                                  hint: "Avec son accord écrit, écrivez « consentToPublish: true » ; sinon, donnez plutôt le contact d'un service (« kind: service »).")
        }
        guard let kind, let name else { return nil }
        self.init(id: id, kind: kind, name: name, role: role, email: email, phone: phone, url: url, address: address,
                  consentToPublish: consent ?? false, verified: verified.map { Verification(date: $0, location: r.location(of: "verified")) },
                  location: location)
    }
}
