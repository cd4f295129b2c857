package io.newsroom.nlp.ner;

import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.perceptron.BinaryPerceptronModelWriter;
import opennlp.tools.ml.perceptron.PerceptronModel;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class CompactMaxentModelTest {

    private static final String[] OUTCOMES = {"other", "PERSON-start", "PERSON-cont"};

    private static GISModel gis() {
        Context[] params = {
                new Context(new int[] {1, 2}, new double[] {2.5, -0.75}),
                new Context(new int[] {0}, new double[] {1.25}),
                new Context(new int[] {0, 1, 2}, new double[] {-0.5, 0.3, 0.9})};
        return new GISModel(params, new String[] {"w=путин", "w=и", "shape=Xx"}, OUTCOMES);
    }

    @Test
    void scoresAsTheGisModelDoesForKnownAndUnknownFeatures() {
        GISModel gis = gis();
        CompactMaxentModel compact = CompactMaxentModel.of(gis);
        String[][] contexts = {{"w=путин", "shape=Xx"}, {"w=и"}, {"w=unseen", "shape=Xx"}, {}, {"w=unseen"}};
        for (String[] context : contexts) {
            double[] expected = gis.eval(context);
            double[] actual = compact.eval(context);
            for (int o = 0; o < OUTCOMES.length; o++) {
                assertThat(actual[o]).as("outcome %s of %s", OUTCOMES[o], String.join(",", context))
                        .isCloseTo(expected[o], within(1e-6));
            }
            assertThat(compact.getBestOutcome(actual)).isEqualTo(gis.getBestOutcome(expected));
        }
        assertThat(compact.features()).isEqualTo(3);
        assertThat(compact.getIndex("PERSON-cont")).isEqualTo(2);
        assertThat(compact.getNumOutcomes()).isEqualTo(3);
    }

    @Test
    void readsAPerceptronModelFileAsTheSoftmaxOfItsWeightSums() throws Exception {
        Context[] params = {
                new Context(new int[] {1, 2}, new double[] {2.5, -0.75}),
                new Context(new int[] {0}, new double[] {1.25}),
                new Context(new int[] {0, 1, 2}, new double[] {-0.5, 0.3, 0.9})};
        PerceptronModel perceptron = new PerceptronModel(params, new String[] {"w=путин", "w=и", "shape=Xx"}, OUTCOMES);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            new BinaryPerceptronModelWriter(perceptron, out).persist();
        }
        CompactMaxentModel compact = CompactMaxentModel.read(
                new BinaryFileDataReader(new ByteArrayInputStream(bytes.toByteArray())));

        double[] sums = {-0.5, 2.5 + 0.3, -0.75 + 0.9}; // w=путин and shape=Xx
        double norm = Math.exp(sums[0]) + Math.exp(sums[1]) + Math.exp(sums[2]);
        double[] actual = compact.eval(new String[] {"w=путин", "shape=Xx", "w=unseen"});
        for (int o = 0; o < OUTCOMES.length; o++) {
            assertThat(actual[o]).as(OUTCOMES[o]).isCloseTo(Math.exp(sums[o]) / norm, within(1e-6));
        }
        double[] expected = perceptron.eval(new String[] {"w=путин", "shape=Xx", "w=unseen"});
        assertThat(compact.getBestOutcome(actual)).isEqualTo(perceptron.getBestOutcome(expected)).isEqualTo("PERSON-start");
        assertThat(compact.features()).isEqualTo(3);
    }

    @Test
    void keepsEveryFeatureOfALargeModelApartAndKnowsNoOther() {
        int n = 30_000;
        Context[] params = new Context[n];
        String[] names = new String[n];
        for (int f = 0; f < n; f++) {
            names[f] = "w=слово" + f;
            // one, two or three outcomes a feature, weights unique to the feature
            params[f] = switch (f % 3) {
                case 0 -> new Context(new int[] {f % 3}, new double[] {f / 1000.0});
                case 1 -> new Context(new int[] {0, 2}, new double[] {-f / 2000.0, 0.5});
                default -> new Context(new int[] {0, 1, 2}, new double[] {0.1, f / 3000.0, -0.2});
            };
        }
        GISModel gis = new GISModel(params, names, OUTCOMES);
        CompactMaxentModel compact = CompactMaxentModel.of(gis);
        assertThat(compact.features()).isEqualTo(n);
        for (int f = 0; f < n; f++) {
            String[] context = {names[f]};
            double[] expected = gis.eval(context);
            double[] actual = compact.eval(context);
            for (int o = 0; o < OUTCOMES.length; o++) {
                assertThat(actual[o]).as("outcome %d of %s", o, names[f]).isCloseTo(expected[o], within(1e-5));
            }
        }
        for (int f = n; f < 2 * n; f++) {
            assertThat(compact.eval(new String[] {"w=слово" + f})).containsOnly(1.0 / 3);
        }
    }

    @Test
    void fingerprintsDifferForNearStrings() {
        assertThat(CompactMaxentModel.fingerprint("w=путин")).isNotEqualTo(CompactMaxentModel.fingerprint("w=путина"));
        assertThat(CompactMaxentModel.fingerprint("")).isNotZero();
    }
}
