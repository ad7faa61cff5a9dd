// The declaration of each group of keys read in Load/Organisation+Reading.swift: what the reader, the schemas, `relais new` and
// the authoring guide know of them.

import Foundation
import RelaisFrench

extension Organisation {
    static let declaration = MappingDeclaration("organisation", [
        .required("name", String.self, "Le nom de l'organisation."),
        .required("kind", Kind.self, "La sorte d'organisation."),
        .optional("acronym", String.self, "Son sigle."),
        .optional("siren", String.self, "Son numéro SIREN, neuf chiffres entre guillemets."),
        .optional("url", ContentURL.self, "Son site."),
        FieldDeclaration(key: "contacts", type: ObjectIdentifier(Contact.self), shape: .keyed(.mapping(Contact.declaration)),
                         requirement: .optional, summary: "Ses contacts, chacun sous son identifiant."),
    ])
}

extension Contact {
    static let declaration = MappingDeclaration("contact", [
        .required("kind", Kind.self, "Un service (service) ou une personne (person)."),
        .required("name", String.self, "Le nom du service ou de la personne."),
        .optional("role", String.self, "Sa fonction."),
        .optional("email", EmailAddress.self, "Son adresse e-mail."),
        .optional("phone", PhoneNumber.self, "Son téléphone, au format +33…"),
        .optional("url", ContentURL.self, "Sa page."),
        .optional("address", String.self, "Son adresse postale."),
        .optional("consentToPublish", Bool.self, "true : la personne a accepté que ses coordonnées soient publiées."),
        .optional("verified", CalendarDate.self, "La date où ses coordonnées ont été vérifiées pour la dernière fois ; relais check avertit un an après."),
    ])
}
