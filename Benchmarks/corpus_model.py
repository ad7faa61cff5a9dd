"""The synthetic guide as plain Python values: one dict of front matter and one Markdown body per file.

Everything comes from one seeded random.Random, in a fixed order, so that the same N and seed give the same
bytes. Both writers (Relais Content/ and the Hugo site) read this one model, so the two sites hold the same facts.
"""
import datetime
import random
import unicodedata

from french_text import (FIRST_NAMES, LAST_NAMES, PROMISE_PATTERNS, PUBLICS, SCHEMES_BY_TYPE, TITLE_PATTERNS,
                         TOWNS, TextMaker, aux, capitalise, markdown_body)
from yaml_writer import Bare, Block

BUILD_DATE = datetime.date(2026, 11, 30)
# `relais check` warns when content (front matter or Markdown) links to an aid closed more than a year before the build
# date, unless it is a news item or an event dated before the closing (ContentAgeCheck): the day one year before.
STALE_BEFORE = BUILD_DATE.replace(year=BUILD_DATE.year - 1)

# 20 territories: 12 departments and 8 regions, with the French forms the sentences need.
TERRITORIES = [
    ("DEP-59", "le Nord", "du Nord", "dans le Nord"),
    ("DEP-62", "le Pas-de-Calais", "du Pas-de-Calais", "dans le Pas-de-Calais"),
    ("DEP-94", "le Val-de-Marne", "du Val-de-Marne", "dans le Val-de-Marne"),
    ("DEP-91", "l’Essonne", "de l’Essonne", "en Essonne"),
    ("DEP-13", "les Bouches-du-Rhône", "des Bouches-du-Rhône", "dans les Bouches-du-Rhône"),
    ("DEP-69", "le Rhône", "du Rhône", "dans le Rhône"),
    ("DEP-33", "la Gironde", "de la Gironde", "en Gironde"),
    ("DEP-31", "la Haute-Garonne", "de la Haute-Garonne", "en Haute-Garonne"),
    ("DEP-67", "le Bas-Rhin", "du Bas-Rhin", "dans le Bas-Rhin"),
    ("DEP-44", "la Loire-Atlantique", "de la Loire-Atlantique", "en Loire-Atlantique"),
    ("DEP-35", "l’Ille-et-Vilaine", "de l’Ille-et-Vilaine", "en Ille-et-Vilaine"),
    ("DEP-76", "la Seine-Maritime", "de la Seine-Maritime", "en Seine-Maritime"),
    ("REG-32", "la région Hauts-de-France", "des Hauts-de-France", "dans les Hauts-de-France"),
    ("REG-11", "la région Île-de-France", "d’Île-de-France", "en Île-de-France"),
    ("REG-93", "la région Provence-Alpes-Côte d’Azur", "de Provence-Alpes-Côte d’Azur", "en Provence-Alpes-Côte d’Azur"),
    ("REG-84", "la région Auvergne-Rhône-Alpes", "d’Auvergne-Rhône-Alpes", "en Auvergne-Rhône-Alpes"),
    ("REG-75", "la région Nouvelle-Aquitaine", "de Nouvelle-Aquitaine", "en Nouvelle-Aquitaine"),
    ("REG-76", "la région Occitanie", "d’Occitanie", "en Occitanie"),
    ("REG-44", "la région Grand Est", "du Grand Est", "dans le Grand Est"),
    ("REG-52", "la région Pays de la Loire", "des Pays de la Loire", "dans les Pays de la Loire"),
]
REGION_NAMES = {"REG-32": "Hauts-de-France", "REG-11": "Île-de-France", "REG-93": "Provence-Alpes-Côte d’Azur",
                "REG-84": "Auvergne-Rhône-Alpes", "REG-75": "Nouvelle-Aquitaine", "REG-76": "Occitanie",
                "REG-44": "Grand Est", "REG-52": "Pays de la Loire"}
DEPARTMENT_REGION = {"DEP-59": "REG-32", "DEP-62": "REG-32", "DEP-94": "REG-11", "DEP-91": "REG-11",
                     "DEP-13": "REG-93", "DEP-69": "REG-84", "DEP-33": "REG-75", "DEP-31": "REG-76",
                     "DEP-67": "REG-44", "DEP-44": "REG-52"}

# 10 of the model's 12 aid types; the first seven are financial and may have financialComponents.
AID_TYPES = ["grant", "loan", "honourLoan", "recoverableAdvance", "guarantee", "equity", "hiringBonus",
             "support", "training", "hosting"]
FINANCIAL = set(AID_TYPES[:7])
# The model allows exactly these 9 audiences: 20 distinct values are impossible.
AUDIENCES = ["company", "businessCreator", "jobSeeker", "employee", "association", "insertionStructure",
             "socialEconomy", "localAuthority", "publicBody"]
THEMES = [("emploi", "Emploi et recrutement"), ("developpement", "Développement des entreprises"),
          ("creation", "Création et reprise d’entreprise"), ("insertion", "Insertion professionnelle"),
          ("formation", "Formation et compétences"), ("industrie", "Industrie"),
          ("ess", "Économie sociale et solidaire"), ("reconversion", "Reconversion et transitions professionnelles"),
          ("ressources-humaines", "Ressources humaines")]
COMPANY_SIZES = ["MIC", "PME", "ETI", "GE"]
TARGET_GROUPS = ["young", "senior", "women", "disabled", "longTermUnemployed", "qpvResident"]
CONTRACT_TYPES = ["CDI", "CDD6m", "apprenticeship"]
ROLES = ["funder", "instructor", "operator", "cofunder"]
DOCUMENT_FORMATS = ["pdf", "odt", "docx", "xlsx", "ods", "csv", "html"]

ORGANISATION_PATTERNS = [
    ("region", "Région {region}"), ("department", "Département {of_dep}"),
    ("epci", "Communauté d’agglomération de {town}"), ("commune", "Ville de {town}"),
    ("consularChamber", "Chambre de commerce et d’industrie de {town}"),
    ("consularChamber", "Chambre de métiers et de l’artisanat de {town}"), ("association", "Initiative {town}"),
    ("association", "{town} Emploi Solidaire"), ("consultancy", "Cabinet {last} Conseil"),
    ("insertionStructure", "Atelier et chantier d’insertion de {town}"),
    ("stateDeconcentrated", "Direction régionale de l’économie, de l’emploi, du travail et des solidarités {of_reg}"),
    ("stateOperator", "France Travail {town}"), ("company", "{last} Industries"),
    ("other", "Plan local pour l’insertion et l’emploi de {town}"), ("ept", "Établissement public territorial de {town}"),
]
CONTACT_SERVICES = [
    ("accueil", "Accueil des entreprises", "Première orientation vers le bon dispositif"),
    ("emploi", "Service emploi", "Recrutement et aides à l’embauche"),
    ("creation", "Pôle création d’entreprise", "Accompagnement des créateurs et des repreneurs"),
    ("financement", "Service des aides financières", "Instruction des demandes de prêt et de subvention"),
    ("insertion", "Service insertion", "Parcours d’insertion et structures conventionnées"),
    ("formation", "Service formation", "Financement des formations et de l’alternance"),
    ("recrutement", "Cellule recrutement", "Appui aux entreprises qui recrutent"),
]


def slug(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    out = "".join(c if c.isalnum() else "-" for c in plain)
    return "-".join(part for part in out.split("-") if part)


def day(d: datetime.date) -> Bare:
    return Bare(d.isoformat())


def territory_forms(code):
    for t in TERRITORIES:
        if t[0] == code:
            return {"code": t[0], "name": t[1], "of": t[2], "in": t[3]}
    raise KeyError(code)


def shorten(text: str, limit: int) -> str:
    """Cuts at a word boundary; titles and promises have length limits in the content model."""
    if len(text) <= limit:
        return text
    return text[:limit - 1].rsplit(" ", 1)[0].rstrip(",;:") + "…"


class Corpus:
    def __init__(self, aids: int, seed: int):
        self.n, self.seed = aids, seed
        self.rng = random.Random(seed)
        self.organisations = self.make_organisations(max(24, aids // 20))
        self.programmes = self.make_programmes()
        self.aid_heads = [self.make_aid_head(i) for i in range(aids)]
        self.aid_positions = {head["id"]: i for i, head in enumerate(self.aid_heads)}
        self.basins = [self.make_basin(i) for i in range(max(1, aids // 1000))]
        self.events = [self.make_event(i) for i in range(max(1, aids // 100))]
        self.news = [self.make_news(i) for i in range(5)]
        self.pages = self.make_pages()

    # Organisations and contacts -------------------------------------------------------------------------

    def make_organisations(self, count):
        r = self.rng
        orgs = {"maison-emploi": {
            "name": "Maison de l’emploi du territoire", "acronym": "MDE", "kind": "association",
            "url": "https://example.org/maison-emploi/",
            "contacts": {"redaction": {"kind": "service", "name": "Rédaction du guide des aides",
                                       "role": "Mise à jour des fiches et signalement d’une erreur",
                                       "email": "guide-aides@example.org", "phone": "+33199000100",
                                       "address": "1 place de l’Exemple, 99000 Exempleville"}}}}
        phone = 101
        while len(orgs) < count:
            kind, pattern = r.choice(ORGANISATION_PATTERNS)
            dep = r.choice(TERRITORIES[:12])
            reg = r.choice(list(REGION_NAMES))
            name = pattern.format(region=REGION_NAMES[reg], of_dep=dep[2], town=r.choice(TOWNS),
                                  last=r.choice(LAST_NAMES), of_reg=territory_forms(reg)["of"])
            base = slug(name)[:48].rstrip("-")
            oid, k = base, 2
            while oid in orgs:
                oid, k = f"{base}-{k}", k + 1
            org = {"name": name if oid == base else f"{name} (antenne {k - 1})", "kind": kind}
            if r.random() < 0.3:
                org["acronym"] = "".join(w[0] for w in name.split() if w[0].isupper())[:6] or None
            if kind in ("epci", "ept"):
                org["siren"] = f"2{r.randint(0, 99999999):08d}"
            org["url"] = f"https://example.org/{oid}/"
            contacts = {}
            for cid, cname, role in r.sample(CONTACT_SERVICES, r.randint(1, 3)):
                contact = {"kind": "service", "name": cname, "role": role if r.random() < 0.7 else None,
                           "email": f"{cid}.{oid}@example.org",
                           "phone": f"+33199000{phone % 1000:03d}"}
                phone += 1
                if r.random() < 0.2:
                    contact["url"] = f"https://example.org/{oid}/contact/"
                if r.random() < 0.3:
                    contact["address"] = f"{r.randint(1, 120)} rue de l’Exemple, 99{r.randint(0, 999):03d} Exempleville"
                contacts[cid] = contact
            org["contacts"] = contacts
            orgs[oid] = org
        return orgs

    def contact_ids(self, org_id):
        return [f"{org_id}/{cid}" for cid in self.organisations[org_id]["contacts"]]

    def some_organisations(self, k):
        return self.rng.sample(sorted(self.organisations), k)

    # Programmes -----------------------------------------------------------------------------------------

    def make_programmes(self):
        r = self.rng
        specs = [
            ("revitalisation-bassins-emploi", "Revitalisation des bassins d’emploi", None, "legalObligation", 2002, None),
            ("creer", "Contrat régional pour l’emploi et une économie responsable", "CREER", "regionalContract", 2011, 2014),
            ("engagement-renouveau-bassin-minier", "Engagement pour le renouveau du bassin minier", "ERBM", "commitment", 2017, 2027),
            ("transitions-collectives", "Transitions collectives", None, "pilotScheme", 2021, 2024),
            ("fonds-emploi-territorial", "Fonds territorial pour l’emploi durable", "FTED", "fund", 2024, 2028),
        ]
        programmes = []
        for pid, name, acronym, kind, start, end in specs:
            pilots = self.some_organisations(2)
            territories = [t[0] for t in r.sample(TERRITORIES, 3)]
            maker = TextMaker(r, territory_forms(territories[0]))
            front = {
                "name": name, "acronym": acronym,
                "summary": shorten(maker.paragraph(2, 2), 300), "kind": kind,
                "period": {"start": Bare(f"{start}-02-18") if pid == "creer" else start, "end": end},
                "pilots": pilots, "territories": territories,
                "budget": {"total": r.choice([5000000, 40000000, 500000000]), "perYear": r.choice([1000000, 10000000]),
                           "years": (end - start) if end else 4, "note": "Montants indicatifs, hors cofinancements."},
                "targets": [{"label": "Emplois créés ou maintenus", "value": r.choice([500, 1000, 10000]), "unit": "jobs",
                             "per": "year", "countingMethod": r.choice(["direct", "supported", "induced"]),
                             "results": [{"period": str(y), "value": r.randint(100, 900)} for y in (start, start + 1)]},
                            {"label": "Entreprises accompagnées", "value": 300, "unit": "companies", "per": "total"}],
                "axes": [{"title": capitalise(maker.fill("soutenir {the_public} {dans_territoire}")),
                          "description": Block(maker.paragraph(1, 2))} for _ in range(3)],
                "workstreams": [{"title": capitalise(maker.fill("développer l’emploi dans {sector}")),
                                 "leads": self.organisations[pilots[0]]["name"]} for _ in range(3)],
                "governance": [{"body": "Comité de pilotage", "role": "Suivre l’avancement des actions",
                                "frequency": "Trois fois par an", "members": "Services de l’État, collectivités, partenaires sociaux"},
                               {"body": "Comité technique", "role": "Préparer les décisions", "frequency": "Chaque mois"}],
                "pilotTerritories": [{"territory": r.choice(TOWNS), "projectCarriers": [pilots[1]],
                                      "status": r.choice(["candidate", "selected", "active", "ended"]),
                                      "summary": maker.sentence()}],
                "legalBasis": [{"label": "Code du travail, article L. 1233-84", "url": "https://www.legifrance.gouv.fr/"}],
                "dateModified": day(BUILD_DATE - datetime.timedelta(days=r.randint(30, 900))),
            }
            body = markdown_body(r, maker, 300, 600, [], web_links=True)
            programmes.append((pid, front, body))
        return programmes

    # Aids -----------------------------------------------------------------------------------------------

    def financial_component(self, kind, territories):
        r = self.rng
        amount = r.choice([2000, 5000, 7500, 10000, 15000, 20000, 30000, 50000])
        part = {"kind": kind}
        if kind in ("loan", "honourLoan"):
            part.update(amount=amount, per=r.choice(["jobCreated", "company", "project"]), cap=amount * r.choice([1, 5, 15]),
                        interestRate=r.choice([0, 0, 1.5, 2.25]), durationMonths=r.choice([36, 48, 60, 84]))
        elif kind == "grant":
            part.update(amount=amount, per=r.choice(["project", "jobCreated", "person"]), cap=amount * r.choice([1, 3, 5]))
        elif kind == "recoverableAdvance":
            part.update(amount=amount, cap=amount * 4, durationMonths=r.choice([48, 60]))
        elif kind == "guarantee":
            part.update(cap=amount * 10, rateMax=r.choice([50, 70]), note="jusqu’à la moitié du prêt bancaire")
        elif kind == "equity":
            part.update(amount=amount * 10, cap=amount * 40, note="participation minoritaire et temporaire")
        else:  # hiringBonus
            part.update(amount=r.choice([1000, 4000, 6000]), per=r.choice(["person", "year"]))
        if len(territories) > 1 and r.random() < 0.2:
            part["territory"] = territories[-1]
            part["note"] = "majoration pour ce territoire"
        return part

    def make_aid_head(self, i):
        r = self.rng
        territories = [t[0] for t in r.sample(TERRITORIES, r.choice([1, 1, 2, 3]))]
        maker = TextMaker(r, territory_forms(territories[0]))
        types = r.sample(AID_TYPES, r.choice([1, 1, 2, 3]))
        title = shorten(capitalise(maker.fill(r.choice(TITLE_PATTERNS), Scheme=capitalise(r.choice(SCHEMES_BY_TYPE[types[0]])))), 180)
        promise = shorten(capitalise(maker.fill(r.choice(PROMISE_PATTERNS))), 160)
        audiences = r.sample(AUDIENCES, r.choice([1, 1, 2, 3]))
        backer_orgs = self.some_organisations(r.choice([1, 1, 2]))
        recurrence = r.choice(["ongoing", "ongoing", "oneOff", "oneOff", "recurring"])
        modified = BUILD_DATE - datetime.timedelta(days=r.randint(0, 1000))
        front = {
            "title": title, "promise": promise, "aidTypes": types,
            "financialComponents": [self.financial_component(k, territories) for k in types if k in FINANCIAL and r.random() < 0.8] or None,
            "audiences": audiences,
            "companySizes": r.sample(COMPANY_SIZES, r.randint(1, 2)) if "company" in audiences and r.random() < 0.7 else None,
            "targetGroups": r.sample(TARGET_GROUPS, r.randint(1, 2)) if r.random() < 0.35 else None,
            "jobConditions": {"minNetJobs": r.randint(1, 5), "contractTypes": r.sample(CONTRACT_TYPES, r.randint(1, 2)),
                              "withinMonths": r.choice([12, 24, 36])} if r.random() < 0.25 else None,
            "eligibility": Block("- " + capitalise(aux(r.choice(PUBLICS))[4:]) + " " + territory_forms(territories[0])["in"] + " ;\n"
                                 + "- " + maker.sentence() + "\n\n" + maker.paragraph(1, 2) + "\n"),
            "themes": [t[0] for t in r.sample(THEMES, r.choice([1, 2]))],
            "territories": territories,
            "backers": [{"organisation": o, "roles": r.sample(ROLES, r.choice([1, 1, 2]))} for o in backer_orgs],
            "programmes": [r.choice(self.programmes)[0]] if r.random() < 0.5 else None,
            "recurrence": recurrence,
        }
        if recurrence != "ongoing" or r.random() < 0.2:
            # Spread around the build date: some closed, some closing within 30 days, some upcoming.
            closing = BUILD_DATE + datetime.timedelta(days=r.randint(-400, 500))
            if r.random() < 0.5:
                front["openingDate"] = day(closing - datetime.timedelta(days=r.randint(30, 365)))
            front["closingDate"] = day(closing)
        if r.random() < 0.6:
            front["applicationUrl"] = f"https://example.org/demarches/aide-{i:05d}/"
        if r.random() < 0.4:
            front["moreInfoUrl"] = f"https://example.org/{backer_orgs[0]}/aides/"
        contacts = [c for o in backer_orgs for c in self.contact_ids(o)]
        front["contacts"] = r.sample(contacts, min(len(contacts), r.choice([1, 1, 2])))
        if r.random() < 0.3:
            front["documents"] = [{"title": "Règlement du dispositif", "url": f"https://example.org/documents/aide-{i:05d}.pdf",
                                   "format": "pdf", "sizeBytes": r.randint(80000, 2000000)}]
            if r.random() < 0.5:
                fmt = r.choice(DOCUMENT_FORMATS[1:])
                front["documents"].append({"title": "Formulaire de demande",
                                           "url": f"https://example.org/documents/aide-{i:05d}-formulaire.{fmt}", "format": fmt})
        if r.random() < 0.5:
            front["source"] = {"organisation": backer_orgs[0], "title": "Délibération du conseil d’administration",
                               "url": f"https://example.org/{backer_orgs[0]}/deliberations/", "date": day(modified - datetime.timedelta(days=30))}
        front["dateModified"] = day(modified)
        if r.random() < 0.7:
            front["datePublished"] = day(modified - datetime.timedelta(days=r.randint(0, 700)))
        if r.random() < 0.02:
            front["draft"] = False
        aid_id = f"{slug(title.split(' pour ')[0].split(' :')[0])[:40].rstrip('-')}-{i:05d}"
        return {"id": aid_id, "front": front, "territory": territories[0]}

    def linkable_aids(self, picks, day=None, avoid=None):
        """The aids a text dated `day` (None: undated) links to: `picks`, drawn as before so that the random stream and
        the rest of the corpus stay the same, each one `relais check` would warn about replaced by the next aid in
        order that it would not warn about and that the text does not link already (nor `avoid`, an aid's own id)."""
        taken = {head["id"] for head in picks} | ({avoid} if avoid else set())
        chosen = []
        for head in picks:
            if self.is_stale_for(head, day):
                i = self.aid_positions[head["id"]]
                while self.is_stale_for(self.aid_heads[i], day) or self.aid_heads[i]["id"] in taken:
                    i = (i + 1) % self.n
                head = self.aid_heads[i]
                taken.add(head["id"])
            chosen.append(head)
        return chosen

    @staticmethod
    def is_stale_for(head, day):
        """Closed more than a year before the build date, and before `day` when the text is dated."""
        closing = head["front"].get("closingDate")
        limit = STALE_BEFORE if day is None else min(STALE_BEFORE, day)
        return closing is not None and datetime.date.fromisoformat(closing) < limit

    def aid_body(self, i):
        """Bodies are made on demand while writing, so that a 50,000-aid corpus is never all in memory."""
        head = self.aid_heads[i]
        r = random.Random(f"{self.seed}-{self.n}-{i}")  # per-aid source: bodies do not depend on writing order
        others = self.linkable_aids([self.aid_heads[r.randrange(self.n)] for _ in range(r.choice([1, 2, 3]))], avoid=head["id"])
        links = [(o["id"], o["front"]["title"]) for o in others if o["id"] != head["id"]]
        return markdown_body(r, TextMaker(r, territory_forms(head["territory"])), 400, 1200, links)

    # Basins ---------------------------------------------------------------------------------------------

    def make_basin(self, i):
        r = self.rng
        town = TOWNS[i % len(TOWNS)]
        deps = [t[0] for t in r.sample(TERRITORIES[:10], 2)]
        maker = TextMaker(r, territory_forms(deps[0]))
        source = {"organisation": r.choice(sorted(self.organisations)), "title": "Tableau de bord de l’emploi",
                  "url": "https://example.org/statistiques/", "date": day(BUILD_DATE - datetime.timedelta(days=60))}
        key_figures = []
        for label, unit, value in [("Demandeurs d’emploi inscrits", "people", r.randint(5000, 60000)),
                                   ("Emplois salariés privés", "jobs", r.randint(20000, 300000)),
                                   ("Établissements employeurs", "companies", r.randint(2000, 20000)),
                                   ("Crédits mobilisés pour l’insertion", "euro", r.randint(1, 40) * 500000),
                                   ("Taux de chômage", "percent", r.randint(60, 140) / 10)]:
            figure = {"label": label, "value": value, "unit": unit, "period": "2025", "source": source}
            if r.random() < 0.4:
                figure["qualifier"] = r.choice(["perYear", "total", "extraPerYear"])
            if r.random() < 0.3:
                figure["comparison"] = {"share": r.randint(5, 40), "of": "du total régional"}
            # keyFigures[].status is in the content model but not in the reader: `relais check` refuses it.
            key_figures.append(figure)
        indicators = []
        for iid, label, unit in [("demandeurs-emploi", "Demandeurs d’emploi de catégorie A", "people"),
                                 ("contrats-aides", "Contrats aidés signés dans l’année", "contracts"),
                                 ("creations-entreprises", "Créations d’entreprises", "companies")]:
            value = r.randint(1000, 20000)
            series = []
            for year in range(2019, 2027):
                value = max(1, int(value * r.uniform(0.9, 1.1)))
                series.append({"period": str(year), "value": value,
                               "status": "provisional" if year == 2026 else ("estimate" if year == 2025 else "final")})
            indicators.append({"id": iid, "label": label, "unit": unit, "definition": maker.sentence(), "source": source,
                               "chart": r.choice(["bar", "line", "none"]), "series": series})
        front = {
            "name": f"Bassin d’emploi de {town}" + (f" ({i // len(TOWNS) + 1})" if i >= len(TOWNS) else ""),
            "summary": shorten(maker.paragraph(2, 2), 300),
            "kind": r.choice(["employmentZone", "localBasin", "miningBasin", "epci", "industryTerritory"]),
            "codes": {"ze2020": f"{3200 + i:04d}", "cog": deps},
            "region": REGION_NAMES[DEPARTMENT_REGION[deps[0]]],
            "subTerritories": [{"name": t, "code": Bare(f"COM-{deps[0][4:]}{r.randint(1, 999):03d}")}
                               for t in r.sample(TOWNS, 4)],
            "keyFigures": key_figures, "indicators": indicators,
            "programmes": [r.choice(self.programmes)[0]],
            "contacts": self.contact_ids(r.choice(sorted(self.organisations)))[:2],
            "dateModified": day(BUILD_DATE - datetime.timedelta(days=r.randint(10, 300))),
        }
        front["datePublished"] = front["dateModified"]
        links = [(a["id"], a["front"]["title"]) for a in self.linkable_aids(r.sample(self.aid_heads, min(3, self.n)))]
        body = markdown_body(r, maker, 400, 800, links)
        return (f"bassin-{slug(town)}-{i + 1:03d}", front, body)

    # Events ---------------------------------------------------------------------------------------------

    def person(self, with_org=True):
        r = self.rng
        p = {"name": f"{r.choice(FIRST_NAMES)} {r.choice(LAST_NAMES)}",
             "role": r.choice(["directrice du développement économique", "chargé de mission emploi", "cheffe d’entreprise",
                               "conseiller en création d’entreprise", "responsable des ressources humaines"])}
        if with_org:
            p["organisation"] = r.choice(sorted(self.organisations)) if r.random() < 0.6 else f"Entreprise {r.choice(LAST_NAMES)}"
        p["consentToPublish"] = True
        return p

    def make_event(self, i):
        r = self.rng
        territory = r.choice(TERRITORIES)
        maker = TextMaker(r, territory_forms(territory[0]))
        town = r.choice(TOWNS)
        kind, title = r.choice([
            ("forum", f"Forum de l’emploi {territory[2]}"), ("infoSession", f"Matinale de la création d’entreprise à {town}"),
            ("webinar", capitalise(maker.fill("webinaire : {scheme} expliqué aux entreprises"))),
            ("studyDay", maker.fill("Journée d’étude sur l’emploi dans {sector}")),
            ("workshop", f"Atelier recrutement {territory[3]}"), ("conference", f"Rencontres de la revitalisation à {town}")])
        date = datetime.date(2026, 1, 5) + datetime.timedelta(days=r.randint(0, 540))
        start_hour = r.choice([9, 14])
        hours = r.choice([3, 4])
        mode = "online" if kind == "webinar" else r.choice(["offline", "offline", "mixed"])
        status = r.choice(["scheduled"] * 8 + ["cancelled", "postponed"])
        programme = []
        titles = {"welcome": "Accueil des participants", "openingSpeech": "Ouverture",
                  "roundTable": "Table ronde : recruter sur le territoire", "testimony": "Témoignages d’entreprises",
                  "break": "Pause", "workshop": "Ateliers thématiques", "closing": "Conclusion"}
        formats = ["welcome", "openingSpeech", "roundTable", "testimony", "break", "workshop", "closing"][:hours + 3]
        for k, f in enumerate(formats):  # half-hour slots from the start, all inside the event's hours
            minutes = start_hour * 60 + 30 * k
            item = {"start": f"{minutes // 60:02d}:{minutes % 60:02d}",
                    "end": f"{(minutes + 30) // 60:02d}:{(minutes + 30) % 60:02d}", "format": f, "title": titles[f]}
            if f in ("roundTable", "workshop"):
                item["description"] = maker.sentence()
                item["moderators"] = [self.person()]
            if f in ("openingSpeech", "roundTable", "testimony", "closing"):
                item["speakers"] = [self.person() for _ in range(3 if f == "roundTable" else 1)]
            programme.append(item)
        front = {
            "title": title, "summary": shorten(maker.paragraph(2, 2), 300), "kind": kind,
            "start": Bare(f"{date.isoformat()}T{start_hour:02d}:00"),
            "end": Bare(f"{date.isoformat()}T{start_hour + hours:02d}:00"),
            "timezone": "Europe/Paris", "status": status, "attendanceMode": mode,
            "venue": None if mode == "online" else {"name": f"Maison des entreprises de {town}",
                                                   "streetAddress": f"{r.randint(1, 80)} avenue de la République",
                                                   "postalCode": f"{territory[0][4:6] if territory[0].startswith('DEP') else '75'}{r.randint(0, 999):03d}",
                                                   "locality": town, "access": "Accès en transports en commun."},
            "onlineUrl": None if mode == "offline" else f"https://example.org/visio/evenement-{i:04d}/",
            "organizers": self.some_organisations(r.choice([1, 2])),
            "registration": {"required": True, "url": f"https://example.org/inscriptions/evenement-{i:04d}/",
                             "email": "inscriptions@example.org", "deadline": day(date - datetime.timedelta(days=2)),
                             "free": r.random() < 0.9, "capacity": r.choice([40, 80, 150, 300])},
            "programme": programme,
            "relatedAids": [a["id"] for a in self.linkable_aids(r.sample(self.aid_heads, min(3, self.n)), date)],
            "relatedProgrammes": [r.choice(self.programmes)[0]],
            "relatedBasins": [self.basins[r.randrange(len(self.basins))][0]],
            "dateModified": day(min(BUILD_DATE, date - datetime.timedelta(days=20))),
        }
        body = markdown_body(r, maker, 250, 500, [(a, "une aide présentée") for a in front["relatedAids"][:1]])
        return (f"{slug(title)[:50].rstrip('-')}-{i + 1:04d}", front, body)

    # News and free pages --------------------------------------------------------------------------------

    def make_news(self, i):
        r = self.rng
        maker = TextMaker(r, territory_forms(r.choice(TERRITORIES)[0]))
        date = BUILD_DATE - datetime.timedelta(days=30 * i + r.randint(0, 20))
        title = capitalise(maker.fill("{scheme} : un nouvel appui pour {the_public}"))
        front = {"title": shorten(title, 180), "summary": shorten(maker.paragraph(2, 2), 300),
                 "datePublished": day(date), "dateModified": day(date),
                 "source": {"organisation": "maison-emploi", "title": "Communiqué de la Maison de l’emploi"},
                 "relatedAids": [a["id"] for a in self.linkable_aids(r.sample(self.aid_heads, min(2, self.n)), date)],
                 "relatedEvents": [self.events[r.randrange(len(self.events))][0]],
                 "relatedProgrammes": [self.programmes[i % len(self.programmes)][0]],
                 "relatedBasins": [self.basins[0][0]]}
        body = markdown_body(r, maker, 200, 400, [(front["relatedAids"][0], "l’aide concernée")])
        return (f"{date.isoformat()}-{slug(title)[:40].rstrip('-')}", front, body)

    def make_pages(self):
        r = self.rng
        maker = TextMaker(r, territory_forms("REG-11"))
        pages = []
        for pid, title, summary in [
            ("a-propos", "À propos du guide", "Ce que contient le guide des aides et comment signaler une erreur."),
            ("accessibilite", "Déclaration d’accessibilité", "État de conformité du guide au RGAA et voies de recours."),
            ("mentions-legales", "Mentions légales", None),
            ("donnees-personnelles", "Données personnelles", "Le guide ne dépose aucun cookie et ne mesure pas l’audience."),
        ]:
            front = {"title": title, "summary": summary, "dateModified": day(BUILD_DATE - datetime.timedelta(days=90))}
            body = markdown_body(r, maker, 200, 400, [], web_links=False)
            pages.append((pid, front, body))
        return pages


SITE = {
    "title": "Guide des aides à l’emploi et au développement économique (corpus de mesure)",
    "baseUrl": "https://guide-aides.example.org/",
    "language": "fr",
    "publisher": "maison-emploi",
    "description": "Guide synthétique produit par Benchmarks/generate.py pour mesurer le temps de génération du site.",
    "navigation": [{"label": label, "path": path} for label, path in [
        ("Aides", "/aides/"), ("Événements", "/evenements/"), ("Bassins", "/bassins/"), ("Programmes", "/programmes/"),
        ("Contacts", "/contacts/"), ("Actualités", "/actualites/")]],
    "taxonomies": {"themes": [{"id": tid, "label": label} for tid, label in THEMES]},
    "accessibility": {"status": "nonConforme"},
    "allowRawHtml": False,
    "closingSoonDays": 30,
    "timeStyle": "13 h 30",
}
