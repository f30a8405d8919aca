package org.briefing.reconcile;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.briefing.domain.Claim;
import org.briefing.domain.Consensus;
import org.briefing.domain.DerivedFigure;
import org.briefing.domain.Quantity;

/**
 * Figures no source gave, computed from claims and labelled as derived, with the arithmetic shown.
 * A payment stated together with a count in one sentence ("up to $115 million a year if it sends
 * three to four brigades") gives a payment per counted unit; a payment per person and period
 * times the latest consensus of personnel gives a total.
 */
final class DerivedFigures {

    private static final Set<String> COUNTED = Set.of("units", "personnel");

    private DerivedFigures() {
    }

    static List<DerivedFigure> derive(List<Claim> claims, Consensus people, String peopleLabel, List<String> peopleClaims) {
        List<DerivedFigure> derived = new ArrayList<>();
        for (Claim payment : claims) {
            if (!payment.quantity().isMoney()) {
                continue;
            }
            for (Claim count : claims) {
                boolean together = count.articleId().equals(payment.articleId()) && count.start() == payment.start()
                        && COUNTED.contains(count.metric()) && !count.quantity().isMoney()
                        && Objects.equals(count.status(), payment.status()); // "… if it sends 3 to 4 brigades", not the army's 10
                if (together) {
                    perUnit(payment, count).ifPresent(derived::add);
                }
            }
            String per = payment.quantity().per();
            if (per != null && per.startsWith("person-") && people != null && people.best() != null) {
                derived.add(total(payment, people, peopleLabel, peopleClaims));
            }
        }
        for (int i = 0; i < derived.size(); i++) {
            DerivedFigure d = derived.get(i);
            derived.set(i, new DerivedFigure("D" + (i + 1), d.label(), d.low(), d.high(), d.unit(), d.per(), d.arithmetic(),
                    d.claimIds()));
        }
        return derived;
    }

    private static java.util.Optional<DerivedFigure> perUnit(Claim payment, Claim count) {
        Long paymentHigh = payment.quantity().wholeHigh();
        Long paymentLow = (payment.quantity().low() != null) ? payment.quantity().wholeLow() : paymentHigh;
        Long countLow = (count.quantity().low() != null) ? count.quantity().wholeLow() : count.quantity().wholeHigh();
        Long countHigh = (count.quantity().high() != null) ? count.quantity().wholeHigh() : countLow;
        if (paymentHigh == null || paymentLow == null || countLow == null || countHigh == null || countLow == 0) {
            return java.util.Optional.empty();
        }
        long low = Math.round((double) paymentLow / countHigh);
        long high = Math.round((double) paymentHigh / countLow);
        String unit = singular(count.quantity().unit());
        String per = (payment.quantity().per() == null) ? unit : unit + "-" + payment.quantity().per();
        String currency = payment.quantity().currency();
        String bound = (payment.quantity().low() == null) ? " (an upper bound, as the payment is)" : "";
        String arithmetic = Texts.number(paymentLow) + " ÷ " + Texts.number(countHigh) + " = " + Texts.number(low) + "; "
                + Texts.number(paymentHigh) + " ÷ " + Texts.number(countLow) + " = " + Texts.number(high) + " " + currency
                + " per " + per.replace('-', ' ') + bound + ": derived here from " + Texts.figure(payment.quantity())
                + " and " + Texts.figure(count.quantity()) + " in the same sentence, not reported by any source";
        return java.util.Optional.of(new DerivedFigure("D", "Payment per " + per + " (derived)", low, high, currency, per,
                arithmetic, List.of(payment.id(), count.id())));
    }

    private static DerivedFigure total(Claim payment, Consensus consensus, String peopleLabel, List<String> peopleClaims) {
        String period = payment.quantity().per().substring("person-".length());
        long rate = (payment.quantity().low() != null) ? payment.quantity().wholeLow() : payment.quantity().wholeHigh();
        long people = Quantity.whole(consensus.best()); // a count of people is whole
        long perPeriod = rate * people;
        long perYear = period.equals("month") ? perPeriod * 12 : period.equals("week") ? perPeriod * 52 : perPeriod;
        String currency = payment.quantity().currency();
        String arithmetic = Texts.number(rate) + " " + currency + " per person a " + period + " × " + Texts.number(people)
                + " (" + peopleLabel + ", consensus best)" + (period.equals("year") ? "" : " × " + (period.equals("month") ? 12 : 52))
                + " = " + Texts.number(perYear) + " " + currency + " a year: derived here, not reported by any source";
        List<String> ids = new ArrayList<>();
        ids.add(payment.id());
        ids.addAll(peopleClaims);
        return new DerivedFigure("D", "Payment a year for the consensus of personnel (derived)", perYear, perYear, currency,
                "year", arithmetic, ids);
    }

    static String singular(String unit) {
        if (unit.equals("persons")) {
            return "person";
        }
        if (unit.endsWith("ies")) {
            return unit.substring(0, unit.length() - 3) + "y";
        }
        return unit.endsWith("s") ? unit.substring(0, unit.length() - 1) : unit;
    }
}
