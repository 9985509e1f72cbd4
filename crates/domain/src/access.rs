//! Who may do what: the one place where access rules are decided.
//!
//! The web layer loads the facts (is the person signed in, a platform admin, which role they hold
//! in the network) and asks [`may`]; pages and the API share this answer.

use crate::accounts::NetworkRole;

/// The facts about the person asking.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Actor {
    pub signed_in: bool,
    pub platform_admin: bool,
    /// Their role in the network the action concerns, if any.
    pub role: Option<NetworkRole>,
    /// Whether they hold the right to start new networks (platform admins and facilitators).
    pub facilitates_any: bool,
    /// Whether they have accepted the network's current confidentiality agreement (always true
    /// for a network that is not a confidential room).
    pub accepted_agreement: bool,
}

impl Actor {
    pub const ANONYMOUS: Actor =
        Actor { signed_in: false, platform_admin: false, role: None, facilitates_any: false, accepted_agreement: false };
}

/// What they want to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Read a network's public page (charter and how to join).
    ViewPublicNetwork,
    /// Read the network's home page for its people.
    ViewNetworkHome,
    /// Edit the charter and settings.
    EditNetwork,
    /// See and manage who holds which role; invite people.
    ManagePeople,
    /// Start a new network.
    CreateNetwork,
    /// Create and edit organisations.
    ManageOrganisations,
    /// See the list of organisations.
    ViewOrganisations,
    /// Operator pages: the outbox, all accounts.
    Operate,
    /// Read the network's confidential content: the member directory now; cases, documents and
    /// minutes later. Needs a member's role (facilitator, convener or member) and acceptance of
    /// the current confidentiality agreement; being a platform admin or an observer is not enough.
    ViewConfidential,
    /// Read and accept the network's confidentiality agreement.
    ViewAgreement,
    /// Write a new version of the agreement.
    EditAgreement,
    /// Set who issues the network's invoices, issue, credit and mark them paid. Invoices name
    /// members and their workplaces, so only the network's facilitators (and operators) see them.
    ManageInvoices,
}

/// Decides whether `actor` may take `action`.
pub fn may(actor: &Actor, action: Action) -> bool {
    use Action::*;
    use NetworkRole::*;
    match action {
        ViewPublicNetwork => true,
        ViewNetworkHome => actor.signed_in && actor.role.is_some(),
        EditNetwork | ManagePeople | ManageInvoices => actor.signed_in && (actor.platform_admin || actor.role == Some(Facilitator)),
        CreateNetwork | ManageOrganisations => actor.signed_in && (actor.platform_admin || actor.facilitates_any),
        ViewOrganisations => actor.signed_in,
        Operate => actor.signed_in && actor.platform_admin,
        ViewConfidential => actor.signed_in && matches!(actor.role, Some(Facilitator | Convener | Member)) && actor.accepted_agreement,
        ViewAgreement => actor.signed_in && actor.role.is_some(),
        EditAgreement => actor.signed_in && actor.role == Some(Facilitator),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn member(role: Option<NetworkRole>) -> Actor {
        Actor {
            signed_in: true,
            platform_admin: false,
            role,
            facilitates_any: role == Some(NetworkRole::Facilitator),
            accepted_agreement: false,
        }
    }

    #[test]
    fn confidential_content_needs_a_members_role_and_the_current_agreement() {
        let accepted = |role| Actor { accepted_agreement: true, ..member(Some(role)) };
        assert!(may(&accepted(NetworkRole::Member), Action::ViewConfidential));
        assert!(may(&accepted(NetworkRole::Facilitator), Action::ViewConfidential));
        assert!(!may(&member(Some(NetworkRole::Facilitator)), Action::ViewConfidential), "facilitators accept too");
        assert!(!may(&member(Some(NetworkRole::Member)), Action::ViewConfidential));
        assert!(!may(&accepted(NetworkRole::Observer), Action::ViewConfidential), "observers read reports, not the room");
        let admin = Actor { platform_admin: true, accepted_agreement: true, ..member(None) };
        assert!(!may(&admin, Action::ViewConfidential), "an admin is not a member");
        assert!(!may(&Actor::ANONYMOUS, Action::ViewConfidential));
    }

    #[test]
    fn only_facilitators_and_admins_edit_a_charter() {
        assert!(may(&member(Some(NetworkRole::Facilitator)), Action::EditNetwork));
        assert!(!may(&member(Some(NetworkRole::Convener)), Action::EditNetwork));
        assert!(!may(&member(Some(NetworkRole::Member)), Action::EditNetwork));
        assert!(!may(&member(None), Action::EditNetwork));
        assert!(!may(&Actor::ANONYMOUS, Action::EditNetwork));
        let admin = Actor { platform_admin: true, ..member(None) };
        assert!(may(&admin, Action::EditNetwork));
    }

    #[test]
    fn the_home_page_is_for_people_with_a_role_only() {
        assert!(may(&member(Some(NetworkRole::Observer)), Action::ViewNetworkHome));
        assert!(!may(&member(None), Action::ViewNetworkHome));
        assert!(!may(&Actor::ANONYMOUS, Action::ViewNetworkHome));
        assert!(may(&Actor::ANONYMOUS, Action::ViewPublicNetwork));
    }

    #[test]
    fn operator_pages_are_for_platform_admins() {
        assert!(!may(&member(Some(NetworkRole::Facilitator)), Action::Operate));
        assert!(may(&Actor { platform_admin: true, ..member(None) }, Action::Operate));
    }
}
