package org.probation.console.web;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.Message;

/** {@link ListMessages} in English. */
@Localized("en")
public interface EnglishListMessages extends ListMessages {

    @Override
    @Message("Incidents")
    String title();

    @Override
    @Message("Incidents by state")
    String countsHeading();

    @Override
    @Message("Open")
    String openTotal();

    @Override
    @Message("Lifted in the last 7 days")
    String liftedRecently();

    @Override
    @Message("Filter")
    String filterHeading();

    @Override
    @Message("State")
    String state();

    @Override
    @Message("All open")
    String allOpen();

    @Override
    @Message("Cause")
    String cause();

    @Override
    @Message("Policy")
    String policy();

    @Override
    @Message("Any")
    String any();

    @Override
    @Message("Account ID")
    String account();

    @Override
    @Message("Domain")
    String domain();

    @Override
    @Message("Search (account ID, name, domain)")
    String text();

    @Override
    @Message("Lifted")
    String closedWithin();

    @Override
    @Message("Any time")
    String anyTime();

    @Override
    @Message("In the last {days} days")
    String lastDays(long days);

    @Override
    @Message("Filter")
    String apply();

    @Override
    @Message("Clear filters")
    String clear();

    @Override
    @Message("Open a new incident")
    String newIncident();

    @Override
    @Message("{from}–{to} of {total}")
    String showing(long total, long from, long to);

    @Override
    @Message("No incident matches.")
    String none();

    @Override
    @Message("Previous page")
    String previous();

    @Override
    @Message("Next page")
    String next();

    @Override
    @Message("Page {page} of {pages}")
    String pageOf(int page, int pages);

    @Override
    @Message("What needs a person comes first.")
    String orderNote();

    @Override
    @Message("Needs")
    String needsHeading();

    @Override
    @Message("{#when needs}{#is 'REPORT_TO_REVIEW'}Report to review{#is 'AWAITING_APPROVAL'}Awaiting approval"
            + "{#is 'NO_DATA'}No data{#is 'ESCALATED'}Escalated{#is 'DEADLINE_CLOSE'}Report deadline within 24 h"
            + "{#else}—{/when}")
    String needs(String needs);

    @Override
    @Message("Awaiting the report")
    String awaitingReport();

    @Override
    @Message("Account")
    String accountColumn();

    @Override
    @Message("Stage")
    String stage();

    @Override
    @Message("{#if stage == 0 && state == 'LIFTED'}lifted{#else}{stage} of {top}{/if}")
    String stageOf(int stage, int top, String state);

    @Override
    @Message("Relapses")
    String relapses();

    @Override
    @Message("In monitoring")
    String inMonitoring();

    @Override
    @Message("Earliest lift")
    String earliestLift();

    @Override
    @Message("Open")
    String open();

    @Override
    @Message("{#if days > 0}{days}d {/if}{#if hours > 0}{hours}h{/if}{#if days == 0} {minutes}m{/if}")
    String duration(long days, long hours, long minutes);

    @Override
    @Message("Kept up to date automatically (every {seconds} s).")
    String liveNote(int seconds);

    @Override
    @Message("The filter is not valid")
    String badFilterHeading();

    @Override
    @Message("{#when field}{#is 'state'}Unknown state.{#is 'cause'}Unknown cause.{#is 'policy'}No policy has that name."
            + "{#is 'closed-within'}Write the period as a number of days, such as 7d."
            + "{#is 'closed-within-open'}A period of lifting goes only with the state Lifted, or with no state."
            + "{#is 'account'}An account ID is up to 32 letters, digits and . _ -."
            + "{#is 'domain'}Not a domain name (write it as 例え.jp or xn--r8jz45g.jp)."
            + "{#is 'q'}Search text is up to 200 characters without control characters."
            + "{#is 'page'}Not a page number.{#else}{field} is not valid.{/when}")
    String badFilter(String field);

    @Override
    @Message("Open a new incident")
    String newTitle();

    @Override
    @Message("The account is restricted at the policy's strictest stage at once, and the customer is notified.")
    String newIntro();

    @Override
    @Message("The customer's account")
    String accountSection();

    @Override
    @Message("Contact e-mail")
    String email();

    @Override
    @Message("Language of the notices")
    String locale();

    @Override
    @Message("Customer name")
    String name();

    @Override
    @Message("The account's domains (one per line)")
    String domains();

    @Override
    @Message("Why it is restricted")
    String reasonSection();

    @Override
    @Message("Automatic (the usual policy, a stricter one for a repeat offender)")
    String policyAuto();

    @Override
    @Message("Evidence summary")
    String summary();

    @Override
    @Message("Evidence domains (one per line)")
    String evidenceDomains();

    @Override
    @Message("Evidence figures (one per line, metric=value)")
    String figures();

    @Override
    @Message("Open and restrict")
    String submit();

    @Override
    @Message("Not opened: please check the fields. Nothing was written.")
    String refused();

    @Override
    @Message("{#when field}{#is 'accountId'}Account ID{#is 'email'}Contact e-mail{#is 'locale'}Language of the notices"
            + "{#is 'name'}Customer name{#is 'domains'}The account's domains{#is 'cause'}Cause{#is 'policy'}Policy"
            + "{#is 'summary'}Evidence summary{#is 'evidenceDomains'}Evidence domains{#is 'figures'}Evidence figures"
            + "{#else}{field}{/when}")
    String field(String field);

    @Override
    @Message(": ")
    String fieldSeparator();

    @Override
    @Message("{#when reason}{#is 'REQUIRED'}Required."
            + "{#is 'TOO_LONG'}{#if limit > 0}At most {limit} characters.{#else}The domain names are too long together: give fewer.{/if}"
            + "{#is 'TOO_MANY'}At most {limit} lines."
            + "{#is 'UNKNOWN_POLICY'}No policy has that name (a shadow policy cannot open an incident)."
            + "{#is 'ALREADY_OPEN'}This account already has an open incident."
            + "{#else}{#when field}"
            + "{#is 'accountId'}Starts with a letter or digit; up to 32 letters, digits and . _ -."
            + "{#is 'email'}Not an e-mail address (such as owner@example.jp)."
            + "{#is 'locale'}Choose 日本語 or English."
            + "{#is 'name'}One line, without control characters."
            + "{#is 'domains'}A line is not a domain name (write one per line, as 例え.jp or xn--r8jz45g.jp)."
            + "{#is 'evidenceDomains'}A line is not a domain name (write one per line, as 例え.jp or xn--r8jz45g.jp)."
            + "{#is 'cause'}Choose one from the list."
            + "{#is 'policy'}Choose one from the list, or leave it automatic."
            + "{#is 'summary'}No control characters but line breaks and tabs."
            + "{#is 'figures'}Write metric=value: the metric in lower-case letters, digits and _, starting with a letter;"
            + " the value a number of 0 or more."
            + "{#else}Not valid.{/when}{/when}")
    String refusal(String field, String reason, long limit);

    @Override
    @Message("Open that incident")
    String openExisting();
}
