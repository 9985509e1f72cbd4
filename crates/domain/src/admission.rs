//! Admission: the network's policy (criteria the applicant attests to, who may join, the
//! manager's endorsement, intake windows, capacity and seats per organisation, binding terms),
//! the states an application moves through, and the seat rules checked when admitting.

use serde::{Deserialize, Serialize};

use crate::organisations::{Country, OrgKind};
use crate::validation::FieldErrors;

/// A statement the applicant attests to; some ask for a short justification.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Criterion {
    pub text: String,
    pub needs_justification: bool,
}

/// Marks a criterion that asks for a justification when criteria are written one per line.
pub const JUSTIFY_MARK: &str = " *";

pub fn encode_criteria(c: &[Criterion]) -> String {
    c.iter()
        .map(|c| if c.needs_justification { format!("{}{JUSTIFY_MARK}", c.text) } else { c.text.clone() })
        .collect::<Vec<_>>()
        .join("\n")
}

pub fn decode_criteria(s: &str) -> Vec<Criterion> {
    s.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(|l| match l.strip_suffix(JUSTIFY_MARK.trim()) {
            Some(t) => Criterion { text: t.trim_end().to_string(), needs_justification: true },
            None => Criterion { text: l.to_string(), needs_justification: false },
        })
        .collect()
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AdmissionPolicy {
    /// Whether the network takes applications at all.
    pub open: bool,
    pub criteria: Vec<Criterion>,
    /// Kinds of organisation that may join; empty means any.
    pub org_kinds: Vec<OrgKind>,
    /// Countries that may join; empty means any.
    pub countries: Vec<Country>,
    pub manager_endorsement: bool,
    /// Months (1–12) in which applications are taken; empty means all year.
    pub intake_months: Vec<u32>,
    /// Seats in the network; `None` means no limit.
    pub capacity: Option<u32>,
    /// Whether applicants beyond capacity may wait for a seat.
    pub waiting_list: bool,
    /// Seats per organisation (the workplace the applicant names; a unit counts on its own).
    pub max_seats_per_org: Option<u32>,
    /// The binding terms the applicant sees before applying (term, no refund on absence…).
    pub binding_terms: String,
    /// Days a manager's link stays valid.
    pub manager_link_days: u32,
}

impl Default for AdmissionPolicy {
    fn default() -> Self {
        AdmissionPolicy {
            open: false,
            criteria: Vec::new(),
            org_kinds: Vec::new(),
            countries: Vec::new(),
            manager_endorsement: true,
            intake_months: Vec::new(),
            capacity: None,
            waiting_list: true,
            max_seats_per_org: None,
            binding_terms: String::new(),
            manager_link_days: 14,
        }
    }
}

/// The policy as a form or API body says it; lists are comma-separated text.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct PolicyInput {
    #[serde(default)]
    pub open: bool,
    #[serde(default)]
    pub criteria: String,
    #[serde(default)]
    pub org_kinds: Vec<String>,
    #[serde(default)]
    pub countries: Vec<String>,
    #[serde(default)]
    pub manager_endorsement: bool,
    #[serde(default)]
    pub intake_months: Vec<String>,
    #[serde(default)]
    pub capacity: String,
    #[serde(default)]
    pub waiting_list: bool,
    #[serde(default)]
    pub max_seats_per_org: String,
    #[serde(default)]
    pub binding_terms: String,
    #[serde(default)]
    pub manager_link_days: String,
}

fn optional_count(e: &mut FieldErrors, field: &'static str, s: &str, max: u32) -> Option<u32> {
    match s.trim() {
        "" => None,
        t => match t.parse::<u32>() {
            Ok(n) if (1..=max).contains(&n) => Some(n),
            Ok(_) => {
                e.add(field, "out_of_range");
                None
            }
            Err(_) => {
                e.add(field, "not_a_number");
                None
            }
        },
    }
}

impl PolicyInput {
    pub fn validate(&self) -> Result<AdmissionPolicy, FieldErrors> {
        let mut e = FieldErrors::new();
        let text = e.text("criteria", &self.criteria, 10_000);
        let criteria = decode_criteria(&text);
        if criteria.len() > 20 {
            e.add("criteria", "too_many_criteria");
        }
        if criteria.iter().any(|c| c.text.chars().count() > 500) {
            e.add("criteria", "too_long");
        }
        let mut org_kinds = Vec::new();
        for k in &self.org_kinds {
            match OrgKind::parse(k.trim()) {
                Some(k) if !org_kinds.contains(&k) => org_kinds.push(k),
                Some(_) => {}
                None => e.add("org_kinds", "invalid_choice"),
            }
        }
        let mut countries = Vec::new();
        for c in &self.countries {
            match Country::parse(c) {
                Some(c) if !countries.contains(&c) => countries.push(c),
                Some(_) => {}
                None => e.add("countries", "invalid_choice"),
            }
        }
        let mut intake_months = Vec::new();
        for m in &self.intake_months {
            match m.trim().parse::<u32>() {
                Ok(m @ 1..=12) if !intake_months.contains(&m) => intake_months.push(m),
                Ok(1..=12) => {}
                _ => e.add("intake_months", "invalid_choice"),
            }
        }
        intake_months.sort_unstable();
        if intake_months.len() == 12 {
            intake_months.clear();
        }
        let capacity = optional_count(&mut e, "capacity", &self.capacity, 10_000);
        let max_seats_per_org = optional_count(&mut e, "max_seats_per_org", &self.max_seats_per_org, 1_000);
        let manager_link_days = optional_count(&mut e, "manager_link_days", &self.manager_link_days, 90).unwrap_or(14);
        let binding_terms = e.text("binding_terms", &self.binding_terms, 10_000);
        e.finish(AdmissionPolicy {
            open: self.open,
            criteria,
            org_kinds,
            countries,
            manager_endorsement: self.manager_endorsement,
            intake_months,
            capacity,
            waiting_list: self.waiting_list,
            max_seats_per_org,
            binding_terms,
            manager_link_days,
        })
    }
}

impl AdmissionPolicy {
    /// Whether applications are taken in `month` (1–12).
    pub fn intake_open(&self, month: u32) -> bool {
        self.open && (self.intake_months.is_empty() || self.intake_months.contains(&month))
    }

    /// Whether an organisation of this kind and country may join.
    pub fn organisation_eligible(&self, kind: OrgKind, country: Country) -> bool {
        (self.org_kinds.is_empty() || self.org_kinds.contains(&kind)) && (self.countries.is_empty() || self.countries.contains(&country))
    }
}

/// Why a seat cannot be given (the use cases answer with `AdmissionError::NetworkFull` or
/// `OrganisationFull`, which carry the codes).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SeatRefusal {
    /// Every seat in the network is taken.
    NetworkFull,
    /// The applicant's organisation holds its maximum of seats.
    OrganisationFull,
}

/// Checks one more seat against the limits, given the seats already taken.
pub fn check_seat(policy: &AdmissionPolicy, seats_taken: u32, seats_of_org: Option<u32>) -> Result<(), SeatRefusal> {
    if let Some(cap) = policy.capacity
        && seats_taken >= cap
    {
        return Err(SeatRefusal::NetworkFull);
    }
    if let (Some(max), Some(n)) = (policy.max_seats_per_org, seats_of_org)
        && n >= max
    {
        return Err(SeatRefusal::OrganisationFull);
    }
    Ok(())
}

/// Where an application stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ApplicationState {
    AwaitingEmail,
    AwaitingManager,
    AwaitingDecision,
    Admitted,
    Waitlisted,
    Rejected,
    ManagerDeclined,
    ManagerExpired,
    Withdrawn,
}

impl ApplicationState {
    pub const ALL: [ApplicationState; 9] = [
        ApplicationState::AwaitingEmail,
        ApplicationState::AwaitingManager,
        ApplicationState::AwaitingDecision,
        ApplicationState::Admitted,
        ApplicationState::Waitlisted,
        ApplicationState::Rejected,
        ApplicationState::ManagerDeclined,
        ApplicationState::ManagerExpired,
        ApplicationState::Withdrawn,
    ];
    pub fn as_str(self) -> &'static str {
        match self {
            ApplicationState::AwaitingEmail => "awaiting_email",
            ApplicationState::AwaitingManager => "awaiting_manager",
            ApplicationState::AwaitingDecision => "awaiting_decision",
            ApplicationState::Admitted => "admitted",
            ApplicationState::Waitlisted => "waitlisted",
            ApplicationState::Rejected => "rejected",
            ApplicationState::ManagerDeclined => "manager_declined",
            ApplicationState::ManagerExpired => "manager_expired",
            ApplicationState::Withdrawn => "withdrawn",
        }
    }
    pub fn parse(s: &str) -> Option<ApplicationState> {
        ApplicationState::ALL.into_iter().find(|a| a.as_str() == s)
    }
    /// Whether the application is still in progress (it blocks applying again).
    pub fn is_active(self) -> bool {
        matches!(
            self,
            ApplicationState::AwaitingEmail
                | ApplicationState::AwaitingManager
                | ApplicationState::AwaitingDecision
                | ApplicationState::Waitlisted
        )
    }
    /// States from which the applicant may withdraw.
    pub fn can_withdraw(self) -> bool {
        self.is_active()
    }
    /// States in which the facilitator decides.
    pub fn can_decide(self) -> bool {
        matches!(self, ApplicationState::AwaitingDecision | ApplicationState::Waitlisted)
    }
}

/// The facilitator's decision.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Decision {
    Admit,
    Waitlist,
    Reject,
}

impl Decision {
    pub fn parse(s: &str) -> Option<Decision> {
        match s {
            "admit" => Some(Decision::Admit),
            "waitlist" => Some(Decision::Waitlist),
            "reject" => Some(Decision::Reject),
            _ => None,
        }
    }
    pub fn state(self) -> ApplicationState {
        match self {
            Decision::Admit => ApplicationState::Admitted,
            Decision::Waitlist => ApplicationState::Waitlisted,
            Decision::Reject => ApplicationState::Rejected,
        }
    }
}

/// The state after the applicant's e-mail is confirmed or a signed-in person applies.
pub fn after_email(policy: &AdmissionPolicy) -> ApplicationState {
    if policy.manager_endorsement { ApplicationState::AwaitingManager } else { ApplicationState::AwaitingDecision }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn three_per_org() -> AdmissionPolicy {
        AdmissionPolicy { open: true, max_seats_per_org: Some(3), capacity: Some(30), ..Default::default() }
    }

    #[test]
    fn a_fourth_seat_from_one_organisation_is_refused() {
        let p = three_per_org();
        for taken in 0..3 {
            assert_eq!(check_seat(&p, taken, Some(taken)), Ok(()));
        }
        assert_eq!(check_seat(&p, 3, Some(3)), Err(SeatRefusal::OrganisationFull));
        assert_eq!(check_seat(&p, 3, Some(0)), Ok(()), "another organisation still gets a seat");
        assert_eq!(check_seat(&p, 30, Some(0)), Err(SeatRefusal::NetworkFull));
    }

    #[test]
    fn intake_only_in_january_means_closed_in_february() {
        let p = AdmissionPolicy { open: true, intake_months: vec![1], ..Default::default() };
        assert!(p.intake_open(1));
        assert!(!p.intake_open(2));
        assert!(!AdmissionPolicy { open: false, ..Default::default() }.intake_open(1));
    }

    #[test]
    fn criteria_round_trip_with_the_justification_mark() {
        let c = decode_criteria("Ansat i regionen\nArbejder med innovation *\n\n");
        assert_eq!(c[1], Criterion { text: "Arbejder med innovation".into(), needs_justification: true });
        assert_eq!(decode_criteria(&encode_criteria(&c)), c);
    }

    #[test]
    fn a_policy_form_with_bad_values_reports_each_field() {
        let input = PolicyInput {
            capacity: "mange".into(),
            max_seats_per_org: "0".into(),
            intake_months: vec!["13".into()],
            org_kinds: vec!["castle".into()],
            ..Default::default()
        };
        let e = input.validate().expect_err("invalid");
        for f in ["capacity", "max_seats_per_org", "intake_months", "org_kinds"] {
            assert!(e.has(f), "{f}");
        }
    }

    #[test]
    fn only_active_applications_can_be_withdrawn_or_decided() {
        assert!(ApplicationState::AwaitingManager.can_withdraw());
        assert!(!ApplicationState::Admitted.can_withdraw());
        assert!(ApplicationState::Waitlisted.can_decide());
        assert!(!ApplicationState::AwaitingManager.can_decide());
    }
}

/// An application as the form or API body gives it.
#[derive(Debug, Clone, Default)]
pub struct ApplyInput {
    /// For a person without an account; a signed-in applicant's own name and address are used.
    pub name: String,
    pub email: String,
    pub manager_name: String,
    pub manager_email: String,
    /// Whether each criterion (by position) is attested.
    pub attested: Vec<bool>,
    /// The justification for each criterion (by position), where asked.
    pub justifications: Vec<String>,
    pub accept_terms: bool,
    /// The reference the applicant's organisation wants on invoices (EAN/"att.", "Er referens").
    pub buyer_reference: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApplyDraft {
    pub name: String,
    pub email: crate::accounts::Email,
    pub manager_name: String,
    pub manager_email: Option<crate::accounts::Email>,
    /// One per criterion, empty where no justification was asked.
    pub justifications: Vec<String>,
    pub buyer_reference: String,
}

impl ApplyInput {
    /// Checks the application against the policy. `signed_in` carries the applicant's own name
    /// and address when they have an account (the form never changes an account).
    pub fn validate(
        &self,
        policy: &AdmissionPolicy,
        signed_in: Option<(&str, &crate::accounts::Email)>,
    ) -> Result<ApplyDraft, FieldErrors> {
        let mut e = FieldErrors::new();
        let (name, email) = match signed_in {
            Some((n, em)) => (n.to_string(), Some(em.clone())),
            None => (e.required_line("name", &self.name, 150), e.email("email", &self.email)),
        };
        let (manager_name, manager_email) = if policy.manager_endorsement {
            let n = e.required_line("manager_name", &self.manager_name, 150);
            let m = e.email("manager_email", &self.manager_email);
            if let (Some(m), Some(a)) = (&m, &email)
                && m == a
            {
                e.add("manager_email", "manager_is_applicant");
            }
            (n, m)
        } else {
            (String::new(), None)
        };
        let mut justifications = Vec::new();
        for (i, c) in policy.criteria.iter().enumerate() {
            let field: &'static str = CRITERION_FIELDS.get(i).copied().unwrap_or("criteria");
            if !self.attested.get(i).copied().unwrap_or(false) {
                e.add(field, "criterion_not_attested");
            }
            let j = self.justifications.get(i).map(|s| s.trim()).unwrap_or("");
            if c.needs_justification {
                if j.is_empty() {
                    e.add(JUSTIFY_FIELDS.get(i).copied().unwrap_or("criteria"), "justification_required");
                } else if j.chars().count() > 1_000 {
                    e.add(JUSTIFY_FIELDS.get(i).copied().unwrap_or("criteria"), "too_long");
                }
                justifications.push(j.replace(['\n', '\r'], " "));
            } else {
                justifications.push(String::new());
            }
        }
        if !self.accept_terms {
            e.add("accept_terms", "terms_not_accepted");
        }
        let buyer_reference = e.optional_line("buyer_reference", &self.buyer_reference, 100).unwrap_or_default();
        match email {
            Some(email) if e.is_empty() => Ok(ApplyDraft { name, email, manager_name, manager_email, justifications, buyer_reference }),
            _ => Err(e),
        }
    }
}

/// Form field names of the criteria checkboxes and justifications, by position (at most 20).
pub const CRITERION_FIELDS: [&str; 20] = [
    "attest_0",
    "attest_1",
    "attest_2",
    "attest_3",
    "attest_4",
    "attest_5",
    "attest_6",
    "attest_7",
    "attest_8",
    "attest_9",
    "attest_10",
    "attest_11",
    "attest_12",
    "attest_13",
    "attest_14",
    "attest_15",
    "attest_16",
    "attest_17",
    "attest_18",
    "attest_19",
];
pub const JUSTIFY_FIELDS: [&str; 20] = [
    "justify_0",
    "justify_1",
    "justify_2",
    "justify_3",
    "justify_4",
    "justify_5",
    "justify_6",
    "justify_7",
    "justify_8",
    "justify_9",
    "justify_10",
    "justify_11",
    "justify_12",
    "justify_13",
    "justify_14",
    "justify_15",
    "justify_16",
    "justify_17",
    "justify_18",
    "justify_19",
];

#[cfg(test)]
mod apply_tests {
    use super::*;
    use crate::accounts::Email;

    fn policy() -> AdmissionPolicy {
        AdmissionPolicy {
            open: true,
            criteria: decode_criteria("Ansat i regionen\nArbejder med innovation *"),
            manager_endorsement: true,
            ..Default::default()
        }
    }

    #[test]
    fn the_applicant_cannot_be_their_own_manager() {
        let input = ApplyInput {
            name: "Ane".into(),
            email: "ane@aaby.example".into(),
            manager_name: "Ane".into(),
            manager_email: "ANE@aaby.example".into(),
            attested: vec![true, true],
            justifications: vec![String::new(), "Jeg leder et projekt".into()],
            accept_terms: true,
            buyer_reference: "x".repeat(101),
        };
        let e = input.validate(&policy(), None).expect_err("same address");
        assert_eq!(e.first_for("manager_email").map(|e| e.code), Some("manager_is_applicant"));
        assert_eq!(e.first_for("buyer_reference").map(|e| e.code), Some("too_long"));
    }

    #[test]
    fn every_criterion_must_be_attested_and_justified_where_asked() {
        let me = Email::parse("bo@aaby.example").expect("email");
        let input = ApplyInput {
            manager_name: "Leder".into(),
            manager_email: "leder@aaby.example".into(),
            attested: vec![true],
            ..Default::default()
        };
        let e = input.validate(&policy(), Some(("Bo", &me))).expect_err("incomplete");
        assert!(e.has("attest_1") && e.has("justify_1") && e.has("accept_terms"));
        assert!(!e.has("name") && !e.has("email"), "a signed-in applicant's own details are used");
    }
}
