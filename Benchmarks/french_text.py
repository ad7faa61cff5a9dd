"""French words and sentences for the synthetic guide, and the Markdown bodies built from them.

Sentences are templates with slots, so that a few hundred lines give bodies that differ from aid to aid
(as real aids do) instead of one paragraph repeated: Markdown, typography and compression all see varied text.
Apostrophes are the typographic ’, as in the project's example content.
"""

# Publics, always plural and starting with "les " so that "aux"/"des" forms are derived without grammar errors.
PUBLICS = [
    "les petites et moyennes entreprises", "les très petites entreprises", "les créateurs d’entreprise",
    "les repreneurs d’entreprise", "les demandeurs d’emploi de longue durée", "les jeunes de moins de 26 ans",
    "les salariés en reconversion", "les structures d’insertion par l’activité économique",
    "les associations employeuses", "les entreprises industrielles", "les commerces de proximité",
    "les coopératives de l’économie sociale", "les collectivités du territoire",
    "les artisans", "les entreprises de moins de cinquante salariés", "les seniors à la recherche d’un emploi",
    "les habitants des quartiers prioritaires", "les travailleurs handicapés", "les exploitants agricoles",
    "les entreprises innovantes",
]

# Sectors with their "de" form, so that templates never write "de le …".
SECTORS = [
    ("l’industrie", "de l’industrie"), ("le bâtiment et les travaux publics", "du bâtiment et des travaux publics"),
    ("les services à la personne", "des services à la personne"), ("le numérique", "du numérique"),
    ("l’agriculture", "de l’agriculture"), ("le commerce de proximité", "du commerce de proximité"),
    ("la logistique", "de la logistique"), ("l’hôtellerie-restauration", "de l’hôtellerie-restauration"),
    ("l’économie circulaire", "de l’économie circulaire"), ("la santé", "de la santé"),
    ("les transports", "des transports"), ("l’énergie", "de l’énergie"), ("l’agroalimentaire", "de l’agroalimentaire"),
    ("le tourisme", "du tourisme"), ("la métallurgie", "de la métallurgie"), ("la filière bois", "de la filière bois"),
]

# Scheme names by aid type, so that a title names what the aid is.
SCHEMES_BY_TYPE = {
    "grant": ["la subvention d’amorçage", "la subvention d’investissement", "la prime à la création d’emploi", "le chèque conseil"],
    "loan": ["le prêt de développement", "le prêt à taux zéro", "le prêt de revitalisation"],
    "honourLoan": ["le prêt d’honneur", "le prêt d’honneur création", "le prêt d’honneur reprise"],
    "recoverableAdvance": ["l’avance remboursable", "l’avance remboursable innovation"],
    "guarantee": ["la garantie bancaire", "la garantie de prêt"],
    "equity": ["la prise de participation", "le fonds d’investissement territorial"],
    "hiringBonus": ["l’aide à l’embauche", "la prime à l’embauche", "l’aide au recrutement en alternance"],
    "support": ["l’accompagnement renforcé", "l’appui au recrutement", "le diagnostic gratuit", "le contrat d’objectifs"],
    "training": ["le parcours de formation", "la formation préalable à l’embauche"],
    "hosting": ["l’hébergement en pépinière", "l’hôtel d’entreprises"],
}
SCHEMES = [name for names in SCHEMES_BY_TYPE.values() for name in names]

AMOUNTS = ["2 000 €", "5 000 €", "7 500 €", "10 000 €", "15 000 €", "20 000 €", "30 000 €", "50 000 €",
           "80 000 €", "100 000 €", "150 000 €", "200 000 €"]
DURATIONS = ["trois mois", "six mois", "neuf mois", "douze mois", "dix-huit mois", "deux ans", "trois ans",
             "cinq ans", "sept ans"]
NUMBERS = ["deux", "trois", "quatre", "cinq", "six", "huit", "dix", "douze", "quinze", "vingt"]
DOCUMENTS = [
    "un extrait Kbis de moins de trois mois", "les trois derniers bilans", "un prévisionnel sur trois ans",
    "une attestation de régularité fiscale et sociale", "le plan de financement du projet",
    "la liste des postes à pourvoir", "un relevé d’identité bancaire", "les devis des investissements prévus",
    "une lettre de motivation", "le curriculum vitae du porteur de projet", "les statuts de la structure",
    "le dernier rapport d’activité",
]
EXPENSES = [
    "l’achat de machines et d’équipements", "les travaux d’aménagement des locaux", "les frais de recrutement",
    "les dépenses de conseil et d’études", "la formation des nouveaux salariés", "le besoin en fonds de roulement",
    "les logiciels et le matériel informatique", "les frais de certification", "le développement commercial",
    "la mise aux normes environnementales", "les prototypes et les essais", "la participation à des salons",
]

SENTENCES = [
    "Le dispositif s’adresse en priorité {aux_public} qui portent un projet {dans_territoire}.",
    "Cette aide finance {expense}, dans la limite de {amount} par projet.",
    "Le montant accordé peut atteindre {amount}, versé en une ou plusieurs fois selon l’avancement du projet.",
    "L’instruction du dossier prend en général {duration} à compter de la réception d’un dossier complet.",
    "Un chargé de mission vous accompagne pendant {duration} pour préciser votre projet et préparer votre demande.",
    "Les projets qui créent au moins {number} emplois durables sur le territoire sont examinés en priorité.",
    "Les entreprises {of_sector} sont particulièrement concernées par ce dispositif.",
    "Le comité d’engagement se réunit chaque mois et rend un avis motivé sur chaque demande.",
    "L’aide ne peut pas financer une dépense engagée avant le dépôt de la demande.",
    "Le versement intervient sur présentation des factures acquittées et d’un état récapitulatif des dépenses.",
    "Elle se cumule avec {scheme}, dans le respect des plafonds fixés par la réglementation européenne.",
    "Les bénéficiaires s’engagent à maintenir les emplois créés pendant au moins {duration}.",
    "Le remboursement commence après un différé de {duration}, sans frais de dossier.",
    "Aucune garantie personnelle n’est demandée au dirigeant.",
    "Un bilan est réalisé à mi-parcours avec le bénéficiaire pour ajuster l’accompagnement.",
    "La demande se fait en ligne ; un accusé de réception vous est adressé sous quelques jours.",
    "Les services de l’État et les collectivités {of_territory} participent au financement de l’action.",
    "Ce dispositif contribue au maintien de l’activité {of_territory}, durement touché par les restructurations.",
    "Le dossier comprend notamment {document} et {document2}.",
    "Les demandes sont examinées dans l’ordre de leur arrivée, jusqu’à épuisement des crédits.",
    "Depuis son lancement, le dispositif soutient chaque année plus de {number} projets {dans_territoire}.",
    "Un entretien préalable permet de vérifier que le projet correspond aux critères du dispositif.",
    "Le soutien prend la forme d’un accompagnement individuel complété par des ateliers collectifs.",
    "Les structures qui recrutent {public} bénéficient d’un taux de prise en charge majoré.",
    "La convention signée avec le bénéficiaire précise les engagements de chacun et le calendrier des versements.",
    "Le conseil régional complète l’aide de l’État pour {the_public} {of_territory}.",
    "Les ateliers portent sur la gestion, le recrutement, la prospection commerciale et le financement.",
    "Une attention particulière est portée à l’égalité entre les femmes et les hommes dans les recrutements.",
    "Le programme prévoit un suivi des personnes accompagnées pendant {duration} après leur embauche.",
    "Les emplois aidés doivent être pourvus en contrat à durée indéterminée ou en contrat de plus de six mois.",
    "L’aide est accordée sous réserve de la disponibilité des crédits de l’année en cours.",
    "Vous pouvez solliciter un rendez-vous avec un conseiller pour être aidé dans le montage du dossier.",
    "Le taux d’intérêt est nul et la durée de remboursement peut aller jusqu’à {duration}.",
    "Le prêt est accordé à la personne du dirigeant, qui l’apporte ensuite en fonds propres à son entreprise.",
    "Cet apport facilite l’obtention d’un prêt bancaire complémentaire à des conditions plus favorables.",
    "Les projets de reprise d’entreprise sont éligibles au même titre que les créations.",
    "Un parrain, chef d’entreprise expérimenté, suit le créateur pendant les premières années d’activité.",
    "La formation se déroule en alternance entre un organisme de formation et l’entreprise d’accueil.",
    "Les frais pédagogiques sont pris en charge en totalité, et la rémunération est maintenue pendant la formation.",
    "Les salariés dont l’emploi est menacé peuvent se former à un métier qui recrute {dans_territoire}.",
    "La plateforme territoriale réunit les entreprises, les organismes de formation et le service public de l’emploi.",
    "Les locaux sont proposés à un loyer progressif pendant les trois premières années.",
    "Les entreprises hébergées bénéficient de services partagés : accueil, salles de réunion, connexion au réseau.",
    "La garantie couvre jusqu’à la moitié du prêt bancaire, ce qui réduit le risque pris par la banque.",
    "La prise de participation reste minoritaire et temporaire ; sa sortie est prévue dès l’entrée au capital.",
    "L’avance est remboursable en cas de succès du projet, selon un échéancier fixé dans la convention.",
    "Les structures d’insertion proposent un contrat de travail et un accompagnement socioprofessionnel.",
    "L’aide à l’embauche est versée chaque trimestre, sur déclaration de l’employeur.",
    "Elle est proratisée en fonction du temps de travail et de la durée du contrat.",
    "Les demandes incomplètes ne peuvent pas être instruites ; vérifiez la liste des pièces avant l’envoi.",
    "Les résultats de l’action font l’objet d’un bilan annuel présenté aux partenaires.",
    "Le dispositif a été prolongé compte tenu de la forte demande {of_the_public}.",
    "Une enveloppe spécifique est réservée {aux_public} des zones de revitalisation rurale.",
    "Les projets collectifs, portés par plusieurs entreprises d’une même filière, sont encouragés.",
    "La décision d’attribution est notifiée par courrier, avec la convention à signer.",
    "Le bénéficiaire doit mentionner le soutien reçu dans sa communication.",
    "Un contrôle sur place peut être réalisé pendant la durée de la convention.",
    "Le dispositif est financé par les conventions de revitalisation signées sur le bassin d’emploi.",
    "Les entreprises en difficulté au sens de la réglementation européenne ne sont pas éligibles.",
    "Le montant de l’aide tient compte de la taille de l’entreprise et de la qualité du projet.",
]

HEADINGS = [
    "Objectifs du dispositif", "Pour qui ?", "Montant de l’aide", "Conditions d’éligibilité", "Dépenses éligibles",
    "Comment déposer une demande", "Calendrier", "Cumul avec d’autres aides", "Exemples de projets soutenus",
    "Engagements du bénéficiaire", "Questions fréquentes", "Modalités de versement", "Accompagnement proposé",
    "Pièces à fournir", "Critères de sélection", "Suivi et évaluation", "Financement", "À savoir",
]
SUBHEADINGS = [
    "Pour les entreprises", "Pour les demandeurs d’emploi", "Pour les structures d’insertion", "Cas particuliers",
    "Première étape", "Deuxième étape", "Après la décision", "Dans les quartiers prioritaires",
    "En zone rurale", "Pour les projets collectifs", "Durée de l’accompagnement", "Les points de vigilance",
]

# Real public sites a French aid page commonly links to (never followed by the benchmark).
PUBLIC_LINKS = [
    ("le portail des entreprises du service public", "https://entreprendre.service-public.fr/"),
    ("le site de France Travail", "https://www.francetravail.fr/"),
    ("le site du ministère du Travail", "https://travail-emploi.gouv.fr/"),
    ("la plateforme des aides publiques", "https://aides-territoires.beta.gouv.fr/"),
    ("le site de Bpifrance", "https://www.bpifrance.fr/"),
    ("l’annuaire de l’inclusion", "https://emplois.inclusion.beta.gouv.fr/"),
    ("la page d’information de l’organisme", "https://example.org/guide/informations/"),
]
AID_LINK_TEXTS = [
    "l’aide voisine {title}", "le dispositif complémentaire {title}", "la fiche {title}",
    "l’aide {title}",
]

FIRST_NAMES = ["Camille", "Julien", "Nadia", "Thomas", "Sophie", "Karim", "Élodie", "Mathieu", "Aïcha", "Pierre",
               "Claire", "Youssef", "Hélène", "Nicolas", "Laure", "Mehdi", "Anne", "François", "Inès", "Olivier"]
LAST_NAMES = ["Martin", "Bernard", "Dubois", "Leroy", "Moreau", "Garnier", "Lefèvre", "Mercier", "Benali", "Rousseau",
              "Fontaine", "Chevalier", "Haddad", "Lambert", "Girard", "Bonnet", "Caron", "Perrin", "Nguyen", "Roux"]
TOWNS = ["Lens", "Douai", "Valenciennes", "Béthune", "Créteil", "Évry", "Marseille", "Lyon", "Bordeaux", "Toulouse",
         "Strasbourg", "Nantes", "Rennes", "Rouen", "Amiens", "Reims", "Limoges", "Nîmes", "Chalon-sur-Saône", "Nevers"]

TITLE_PATTERNS = [
    "{Scheme} pour {the_public} {of_territory}",
    "{Scheme} : un soutien {to_the_public} {of_territory}",
    "{Scheme} en faveur de l’emploi dans {sector}",
    "{Scheme} des entreprises {of_sector} {of_territory}",
    "{Scheme} pour recruter {dans_territoire}",
]
PROMISE_PATTERNS = [
    "Jusqu’à {amount} pour financer {expense}.",
    "Un appui de {duration} pour {the_public} qui portent un projet {dans_territoire}.",
    "Financez {expense} et créez des emplois durables.",
    "Un accompagnement sur mesure pour développer votre activité dans {sector}.",
    "Une aide pour recruter et former vos futurs salariés.",
]


def aux(public: str) -> str:
    return "aux " + public[4:]


def des(public: str) -> str:
    return "des " + public[4:]


def capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


class TextMaker:
    """Fills templates with a seeded random source; `territory` holds the French forms of the aid's territory."""

    def __init__(self, rng, territory):
        self.rng = rng
        self.territory = territory

    def slots(self):
        r = self.rng
        public = r.choice(PUBLICS)
        sector, of_sector = r.choice(SECTORS)
        doc1, doc2 = r.sample(DOCUMENTS, 2)
        return {
            "public": public, "the_public": public, "aux_public": aux(public), "to_the_public": aux(public),
            "of_the_public": des(public), "sector": sector, "of_sector": of_sector, "scheme": r.choice(SCHEMES),
            "Scheme": capitalise(r.choice(SCHEMES)), "amount": r.choice(AMOUNTS), "duration": r.choice(DURATIONS),
            "number": r.choice(NUMBERS), "expense": r.choice(EXPENSES), "document": doc1, "document2": doc2,
            "the_territory": self.territory["name"], "of_territory": self.territory["of"],
            "dans_territoire": self.territory["in"],
        }

    def fill(self, template: str, **fixed) -> str:
        return template.format(**{**self.slots(), **fixed})

    def sentence(self) -> str:
        return self.fill(self.rng.choice(SENTENCES))

    def paragraph(self, low=3, high=6) -> str:
        return " ".join(self.sentence() for _ in range(self.rng.randint(low, high)))


def emphasise(rng, paragraph: str) -> str:
    """Puts one short phrase of the paragraph in bold or italics, as authors do for the key condition."""
    words = paragraph.split(" ")
    if len(words) < 8:
        return paragraph
    start = rng.randint(0, len(words) - 4)
    length = rng.randint(2, 3)
    phrase = " ".join(words[start:start + length]).rstrip(",;.:")
    if not phrase or any(c in phrase for c in "*_[]()"):
        return paragraph
    mark = rng.choice(["**", "*"])
    before = " ".join(words[:start])
    after_words = " ".join(words[start:start + length])
    tail = after_words[len(phrase):]
    rest = " ".join(words[start + length:])
    return " ".join(x for x in [before, f"{mark}{phrase}{mark}{tail}", rest] if x)


def markdown_body(rng, maker: TextMaker, min_words: int, max_words: int, aid_links, web_links=True) -> str:
    """A body of `min_words`..`max_words` words: ## and ### headings, paragraphs, lists, emphasis, links.

    `aid_links` is a list of (id, title) of other aids, written the Relais way (`../aides/<id>.md`).
    """
    target = rng.randint(min_words, max_words)
    headings = rng.sample(HEADINGS, len(HEADINGS))
    blocks, words, section = [], 0, 0
    links = list(aid_links)
    while words < target:
        heading = headings[section % len(headings)]
        section += 1
        blocks.append(f"## {heading}")
        for _ in range(rng.randint(1, 3)):
            text = emphasise(rng, maker.paragraph())
            if links and rng.random() < 0.35:
                aid_id, title = links.pop()
                label = rng.choice(AID_LINK_TEXTS).format(title=f"« {title} »")
                text += f" Consultez aussi [{label}](../aides/{aid_id}.md)."
            elif web_links and rng.random() < 0.15:
                label, url = rng.choice(PUBLIC_LINKS)
                text += f" Plus d’informations sur [{label}]({url})."
            blocks.append(text)
            words += len(text.split())
        if rng.random() < 0.5:
            blocks.append("- " + "\n- ".join(maker.sentence().rstrip(".") + " ;" for _ in range(rng.randint(3, 5)))[:-2] + ".")
            words += len(blocks[-1].split())
        if rng.random() < 0.35:
            blocks.append(f"### {rng.choice(SUBHEADINGS)}")
            blocks.append(maker.paragraph(2, 4))
            words += len(blocks[-1].split())
    # Links that did not find a place still go in a last section, so that every aid links the ones it was given.
    if links:
        items = "\n".join(f"- [{title}](../aides/{aid_id}.md)" for aid_id, title in links)
        blocks.append("## Voir aussi\n\n" + items)
    return "\n\n".join(blocks) + "\n"
