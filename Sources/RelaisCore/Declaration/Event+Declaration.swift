// The declaration of each group of keys read in Load/Event+Reading.swift: what the reader, the schemas, `relais new` and
// the authoring guide know of them.

import Foundation
import RelaisFrench

extension Event {
    static let declaration = MappingDeclaration("événement", [
        .required("title", String.self, "Le nom de l'événement.", maxLength: 180),
        .required("summary", String.self, "En une ou deux phrases, de quoi il s'agit.", maxLength: 300),
        .required("kind", Kind.self, "La sorte d'événement.", suggested: "conference"),
        .required("start", LocalDateTime.self, "Le début, heure locale."),
        .required("end", LocalDateTime.self, "La fin, heure locale, après le début."),
        .optional("timezone", String.self, "Le fuseau horaire IANA, si ce n'est pas Europe/Paris."),
        .optional("status", Status.self, "Prévu, annulé, reporté, passé en ligne…"),
        .required("attendanceMode", AttendanceMode.self, "Sur place (offline), en ligne (online) ou les deux (mixed).", suggested: "offline"),
        .conditional("venue", Venue.self, when: "pour un événement sur place ou mixte", "Le lieu, pour un événement sur place.",
                     suggested: #"{ name: "", streetAddress: "", postalCode: "", locality: "" }"#),
        .conditional("onlineUrl", ContentURL.self, when: "pour un événement en ligne ou mixte", "L'adresse pour suivre l'événement en ligne."),
        .required("organizers", [Reference].self, "Les organisations qui l'organisent.", shape: .list(.reference(.organisation))),
        .optional("registration", Registration.self, "L'inscription : obligatoire ou non, gratuite, places, date limite, lien."),
        .optional("programme", [ProgrammeItem].self, "Le déroulé, une séquence par ligne."),
        .optional("relatedAids", [Reference].self, "Les aides présentées.", shape: .list(.reference(.aid))),
        .optional("relatedProgrammes", [Reference].self, "Les programmes liés.", shape: .list(.reference(.programme))),
        .optional("relatedBasins", [Reference].self, "Les bassins concernés.", shape: .list(.reference(.basin))),
    ])
}

extension Venue {
    static let declaration = MappingDeclaration("lieu", [
        .required("name", String.self, "Le nom du lieu."),
        .required("streetAddress", String.self, "Le numéro et la rue."),
        .required("postalCode", String.self, "Le code postal, cinq chiffres entre guillemets."),
        .required("locality", String.self, "La commune."),
        .optional("access", String.self, "Comment venir, accès pour les personnes handicapées."),
    ])
}

extension Registration {
    static let declaration = MappingDeclaration("inscription", [
        .required("required", Bool.self, "true si l'inscription est obligatoire."),
        .optional("url", ContentURL.self, "Le formulaire d'inscription."),
        .optional("email", EmailAddress.self, "L'adresse e-mail pour s'inscrire."),
        .optional("deadline", Deadline.self, "Le dernier jour pour s'inscrire, compris ; ou une date et une heure."),
        .optional("free", Bool.self, "false si l'inscription est payante."),
        .optional("capacity", Int.self, "Le nombre de places.", minimum: 1),
    ])
}

extension ProgrammeItem {
    static let declaration = MappingDeclaration("séquence du programme", [
        .required("start", Time.self, "L'heure de début de la séquence."),
        .optional("end", Time.self, "L'heure de fin."),
        .required("format", Format.self, "La forme de la séquence (ouverture, table ronde, témoignages…)."),
        .required("title", String.self, "Le titre de la séquence."),
        .optional("description", String.self, "Une précision courte."),
        .optional("moderators", [Participant].self, "Qui anime."),
        .optional("speakers", [Participant].self, "Qui intervient."),
    ])
}

extension Participant {
    static let declaration = MappingDeclaration("intervenant", [
        .required("name", String.self, "Le nom de la personne."),
        .optional("role", String.self, "Sa fonction."),
        .optional("organisation", Reference.self, "Son organisation.", shape: .reference(.organisation)),
        .required("consentToPublish", Bool.self, "true : la personne a accepté que son nom soit publié (obligatoire)."),
    ])
}
