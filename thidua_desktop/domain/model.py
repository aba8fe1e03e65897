"""The cluster's records as plain dataclasses: one class per stored entity (see docs/data-model.md)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time
from enum import StrEnum


class ConferenceKind(StrEnum):
    LAUNCH = "launch"  # Phát động phong trào & ký kết giao ước thi đua
    MIDYEAR = "midyear"  # Sơ kết 6 tháng
    YEAREND = "yearend"  # Tổng kết
    OTHER = "other"

    @property
    def label(self) -> str:
        return CONFERENCE_KIND_LABELS[self]


CONFERENCE_KIND_LABELS = {
    ConferenceKind.LAUNCH: "Hội nghị phát động phong trào và ký kết giao ước thi đua",
    ConferenceKind.MIDYEAR: "Hội nghị sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm",
    ConferenceKind.YEAREND: "Hội nghị tổng kết công tác thi đua, khen thưởng",
    ConferenceKind.OTHER: "Hội nghị",
}


class YearRoleKind(StrEnum):
    HEAD = "head"  # Trưởng cụm / khối / khu vực
    DEPUTY = "deputy"  # Phó trưởng


class AttendanceRole(StrEnum):
    DELEGATE = "delegate"  # đại biểu của đơn vị thành viên
    GUEST = "guest"  # khách mời, đại biểu chỉ đạo
    CHAIR = "chair"
    SECRETARY = "secretary"


class AwardLevel(StrEnum):
    GOVERNMENT_FLAG = "government_flag"  # Cờ thi đua của Chính phủ
    SECTOR_FLAG = "sector_flag"  # Cờ thi đua cấp bộ, ban, ngành, tỉnh
    CERTIFICATE = "certificate"  # Bằng khen
    TITLE = "title"  # Tập thể lao động xuất sắc, …
    OTHER = "other"


class CriterionKind(StrEnum):
    GROUP = "group"  # a heading that groups criteria; its max is informative
    BASE = "base"
    BONUS = "bonus"
    PENALTY = "penalty"


@dataclass
class Cluster:
    """The emulation cluster (cụm/khối/khu vực thi đua) whose record this database is."""

    name: str  # "Khu vực thi đua khối cơ quan Tư pháp các tỉnh miền núi phía Bắc"
    short_name: str = ""
    kind_label: str = "Cụm thi đua"  # Cụm / Khối / Khu vực thi đua: how it calls itself
    parent_body: str = ""  # issuing body's parent, first header line ("BỘ TƯ PHÁP")
    issuer_code: str = ""  # code after the type in "Số: 05/BB-KVTĐ"
    default_place: str = ""
    regulation: str = ""  # the operating regulation (quy chế) the votes follow
    id: int | None = None


@dataclass
class Unit:
    """A member unit of the cluster, or a unit under a member (which stands but does not vote)."""

    cluster_id: int
    name: str
    short_name: str = ""
    kind: str = ""  # "Sở Tư pháp", "Cục THADS", "Chi cục THADS", …
    parent_id: int | None = None  # a unit under a member (Chi cục under its Cục)
    head_name: str = ""
    head_title: str = ""
    province: str = ""
    sort_order: int = 0
    active: bool = True
    is_member: bool = True  # False for units under a member: they stand but do not vote
    id: int | None = None


@dataclass
class Year:
    """One emulation year of the cluster: its theme and the common pledge content."""

    cluster_id: int
    year: int
    theme: str = ""  # the emulation theme / slogan of the year
    pledge_content: str = ""  # common content of the giao ước thi đua, one commitment a line
    notes: str = ""
    id: int | None = None


@dataclass
class LegalGround:
    """One "Căn cứ …" of the year's letters: an instrument cited, in the order they print."""

    year_id: int
    text: str  # "Luật Thi đua, Khen thưởng số 15/2003/QH11 ngày 26 tháng 11 năm 2003"
    sort_order: int = 0
    id: int | None = None


@dataclass
class YearRole:
    """The rotating head (trưởng cụm) or a deputy (phó trưởng cụm) of a year."""

    year_id: int
    unit_id: int
    role: YearRoleKind = YearRoleKind.DEPUTY
    sort_order: int = 0
    id: int | None = None


@dataclass
class Conference:
    """A conference of the year (phát động, sơ kết, tổng kết …): when, where, who chairs."""

    year_id: int
    kind: ConferenceKind
    title: str
    date: date | None = None
    start_time: time | None = None
    end_time: time | None = None
    place: str = ""
    host_unit_id: int | None = None
    chair_name: str = ""
    chair_title: str = ""
    secretary_name: str = ""
    secretary_title: str = ""
    decision_ref: str = ""  # "Quyết định số 2355/QĐ-BTP ngày 11/11/2016 của Bộ Tư pháp"
    summary: str = ""  # general conclusions of the conference
    # member units it had, written down before the member list changes (None: the live list)
    member_units: int | None = None
    id: int | None = None


@dataclass
class Person:
    """A delegate or guest, by name; a member unit's people carry its unit_id."""

    cluster_id: int
    full_name: str
    title: str = ""  # chức vụ
    unit_id: int | None = None  # None for guests from outside the cluster
    organization: str = ""  # guests: their body; members: optional department
    phone: str = ""
    id: int | None = None


@dataclass
class Attendance:
    """One person on a conference's roster: expected, present, checked in when."""

    conference_id: int
    person_id: int
    role: AttendanceRole = AttendanceRole.DELEGATE
    expected: bool = True
    present: bool = False
    checked_in_at: str = ""  # ISO timestamp of check-in
    note: str = ""
    id: int | None = None


@dataclass
class AgendaItem:
    """An item of a conference's agenda, with its conclusion."""

    conference_id: int
    title: str
    sort_order: int = 0
    presenter: str = ""
    planned_time: time | None = None
    duration_minutes: int = 0
    conclusion: str = ""
    id: int | None = None


@dataclass
class Speech:
    """A contribution to the discussion of an agenda item (tham luận, phát biểu)."""

    agenda_item_id: int
    speaker_name: str
    sort_order: int = 0
    speaker_title: str = ""
    unit_id: int | None = None
    organization: str = ""
    points: str = ""  # the points made, one a line
    id: int | None = None


@dataclass
class Award:
    """A title the cluster votes nominations for, with the voting rules of its regulation."""

    cluster_id: int
    name: str  # "Cờ thi đua của Chính phủ"
    level: AwardLevel = AwardLevel.OTHER
    short_name: str = ""
    awarding_body: str = ""  # who decides: "Thủ tướng Chính phủ"
    addressee: str = ""  # whom the nomination letter is sent to: "Bộ trưởng Bộ Tư pháp"
    threshold_pct: str = "70"  # percent, exact: "70", "50", "200/3" (two thirds)
    comparison: str = ">="  # ">=" or ">"
    base: str = "members"  # members | present | returned | valid
    quota: int = 1
    quorum_pct: str = "0"  # share of members present for the vote to count, percent
    registered_only: bool = True  # only units that registered this title may stand (warning)
    sort_order: int = 0
    active: bool = True
    id: int | None = None


@dataclass
class PledgeSignature:
    """A unit's signature of the year's emulation pledge (giao ước thi đua)."""

    year_id: int
    unit_id: int
    signed: bool = False
    signer_name: str = ""
    signer_title: str = ""
    signed_on: date | None = None
    conference_id: int | None = None
    id: int | None = None


@dataclass
class Registration:
    """A unit's registration of a title it aims for in the year (đăng ký danh hiệu)."""

    year_id: int
    unit_id: int
    award_id: int
    note: str = ""
    id: int | None = None


@dataclass
class Vote:
    """One round of a secret-ballot vote for an award; the rules are a snapshot of the award's."""

    conference_id: int
    award_id: int
    title: str = ""
    round_no: int = 1
    previous_vote_id: int | None = None
    threshold_pct: str = "70"
    comparison: str = ">="
    base: str = "members"
    quota: int = 1
    quorum_pct: str = "0"
    members_count: int = 0  # entitled voters (member units)
    present_count: int = 0  # voters present
    ballots_issued: int = 0
    ballots_returned: int = 0
    entry_mode: str = "ballots"  # ballots | totals
    totals_valid: int = 0  # totals mode only
    totals_invalid: int = 0  # totals mode only
    double_entry: bool = False
    status: str = "open"  # open | closed
    closed_at: str = ""
    id: int | None = None


@dataclass
class Candidate:
    """A unit standing in a vote, by its number on the ballot."""

    vote_id: int
    unit_id: int
    number: int  # position on the ballot, from 1
    withdrawn: bool = False
    withdrawal_note: str = ""
    id: int | None = None


@dataclass
class BallotRecord:
    """One ballot paper as keyed in: the numbers marked, or why it is invalid."""

    vote_id: int
    seq: int  # order of entry, from 1
    marks: str = ""  # candidate numbers marked, comma separated ("1,3"); "" is a blank ballot
    invalid_reason: str = ""  # "" = valid
    entry_pass: int = 1  # 1, or 2 for the second keying of a double entry
    id: int | None = None


@dataclass
class VoteTotal:
    """A candidate's vote count entered from a paper tally (instead of ballot by ballot)."""

    vote_id: int
    candidate_id: int
    votes: int = 0
    id: int | None = None


@dataclass
class CountingMember:
    """A member of the counting committee (Ban kiểm phiếu) of a vote."""

    vote_id: int
    full_name: str
    title: str = ""
    unit_name: str = ""
    role: str = "member"  # chief | member
    sort_order: int = 0
    id: int | None = None


@dataclass
class CriteriaSet:
    """The scoring table of a year: its scale and tie-breaks."""

    year_id: int
    name: str
    scale: int = 100
    tie_break: str = "penalty,base"  # ordered tie-breaks after the total
    id: int | None = None


@dataclass
class Criterion:
    """One line of a scoring table: a base criterion, a bonus or a penalty."""

    set_id: int
    title: str
    kind: CriterionKind = CriterionKind.BASE
    max_points: float = 0.0
    parent_id: int | None = None
    code: str = ""
    note: str = ""
    sort_order: int = 0
    id: int | None = None


@dataclass
class Score:
    """A unit's self-assessed and cluster-agreed points for one criterion."""

    criterion_id: int
    unit_id: int
    self_score: float | None = None
    cluster_score: float | None = None
    note: str = ""
    id: int | None = None


@dataclass
class Template:
    """A user's Word template, kept in the database so it travels with the cluster."""

    cluster_id: int
    kind: str
    filename: str
    content: bytes = b""
    sha256: str = ""
    updated_at: str = ""
    id: int | None = None


@dataclass
class Document:
    """A generated document, archived with its hash."""

    cluster_id: int
    kind: str
    filename: str
    year: int | None = None
    conference_id: int | None = None
    vote_id: int | None = None
    number: int | None = None
    number_text: str = ""
    title: str = ""
    content: bytes = b""
    sha256: str = ""
    created_at: str = ""
    id: int | None = None


@dataclass
class DocNumber:
    """The last number used per cluster, year and type: numbers are never reused."""

    cluster_id: int
    year: int
    type_code: str
    last_number: int = 0
    id: int | None = None


@dataclass
class Handover:
    """The handover of the cluster's record to the next rotating head."""

    cluster_id: int
    year: int
    from_unit_id: int | None = None
    to_unit_id: int | None = None
    at: str = ""
    app_version: str = ""
    schema_version: str = ""
    note: str = ""
    package_digest: str = ""  # SHA-256 hex of the package exported at this handover
    id: int | None = None


@dataclass
class AuditEntry:
    """One entry of the hash-chained audit log: what changed, by whom, before and after."""

    at: str
    action: str  # create | update | delete | import | …
    entity: str
    entity_id: int | None = None
    actor: str = ""
    before: str = ""  # canonical JSON
    after: str = ""
    prev_hash: str = ""
    hash: str = ""
    id: int | None = None


# Export order: parents before children, so a reader can insert in this order.
ENTITIES: tuple[type, ...] = (
    Cluster,
    Unit,
    Year,
    YearRole,
    LegalGround,
    Conference,
    Person,
    Attendance,
    AgendaItem,
    Speech,
    Award,
    PledgeSignature,
    Registration,
    Vote,
    Candidate,
    BallotRecord,
    VoteTotal,
    CountingMember,
    CriteriaSet,
    Criterion,
    Score,
    Template,
    Document,
    DocNumber,
    Handover,
    AuditEntry,
)

_TARGETS = {
    "cluster": Cluster,
    "unit": Unit,
    "host_unit": Unit,
    "from_unit": Unit,
    "to_unit": Unit,
    "year": Year,
    "conference": Conference,
    "person": Person,
    "agenda_item": AgendaItem,
    "award": Award,
    "vote": Vote,
    "previous_vote": Vote,
    "candidate": Candidate,
    "set": CriteriaSet,
    "criterion": Criterion,
}


def references(cls: type) -> dict[str, type]:
    """Fields of `cls` that point at another record (by the `<thing>_id` naming rule)."""
    from dataclasses import fields

    refs: dict[str, type] = {}
    for f in fields(cls):
        if f.name == "parent_id":
            refs[f.name] = cls
        elif f.name.endswith("_id") and f.name[:-3] in _TARGETS:
            refs[f.name] = _TARGETS[f.name[:-3]]
    return refs


# Natural keys that must be unique (the database enforces them too).
UNIQUE_KEYS: dict[type, tuple[tuple[str, ...], ...]] = {
    Unit: (("cluster_id", "name"),),
    Year: (("cluster_id", "year"),),
    YearRole: (("year_id", "unit_id"),),
    Attendance: (("conference_id", "person_id"),),
    Award: (("cluster_id", "name"),),
    PledgeSignature: (("year_id", "unit_id"),),
    Registration: (("year_id", "unit_id", "award_id"),),
    Candidate: (("vote_id", "number"), ("vote_id", "unit_id")),
    BallotRecord: (("vote_id", "entry_pass", "seq"),),
    VoteTotal: (("vote_id", "candidate_id"),),
    Score: (("criterion_id", "unit_id"),),
    Template: (("cluster_id", "kind"),),
    DocNumber: (("cluster_id", "year", "type_code"),),
}
