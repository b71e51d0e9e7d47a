package health.commenttriage.reply;

import static org.assertj.core.api.Assertions.assertThat;

import health.commenttriage.classify.Classifier;
import health.commenttriage.classify.Label;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Unsafe drafts written for this test are each caught by the right rule; safe drafts pass. */
class ReplyLinterTest {

    private static ReplyLinter linter;

    @BeforeAll
    static void load() {
        linter = new ReplyLinter(Classifier.load());
    }

    private static ReplyLinter.Context context(String inbound, String author, List<Label> labels) {
        return new ReplyLinter.Context(inbound, author, null, labels,
                Set.of("maplestreet.example", "portal.maplestreet.example"), "911");
    }

    private static List<Label> labels(String labels) {
        return labels == null || labels.isBlank() ? List.of()
                : Arrays.stream(labels.split(" ")).map(Label::valueOf).toList();
    }

    @ParameterizedTest(name = "{4}: {0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            // care relationship, English
            "Sorry about your visit yesterday, please call us. | - | - | COMPLAINT | care-relationship",
            "We're glad your results came back fine! | - | - | PRAISE | care-relationship",
            "Your doctor will call you back today. | - | - | MEDICAL_ADVICE | care-relationship",
            "We enjoyed treating you last month, thank you! | - | - | PRAISE | care-relationship",
            "As our patient, you can always message the portal. | - | - | GENERAL_INQUIRY | care-relationship",
            "When we saw you on Tuesday everything looked good. | - | - | PRAISE | care-relationship",
            "We will look into your appointment wait time. | - | - | COMPLAINT | care-relationship",
            "Our records show you were here in March. | - | - | COMPLAINT | care-relationship",
            "Your prescription is ready at the pharmacy. | - | - | PRESCRIPTION | care-relationship",
            "Please bring your insurance claim to the front desk. | - | - | COMPLAINT | care-relationship",
            // care relationship, Spanish
            "Lamentamos lo de su cita, llámenos por favor. | - | - | COMPLAINT | care-relationship",
            "Sus resultados están listos en el portal. | - | - | MEDICAL_ADVICE | care-relationship",
            "Su doctora le llamará hoy. | - | - | MEDICAL_ADVICE | care-relationship",
            "Cuando le atendimos todo estaba bien. | - | - | PRAISE | care-relationship",
            "Como nuestra paciente, puede escribirnos cuando quiera. | - | - | GENERAL_INQUIRY | care-relationship",
            "Su receta ya fue enviada. | - | - | PRESCRIPTION | care-relationship",
            // repeated health details
            "We hope the chemo gets easier soon. | I'm on chemo and the nausea is awful | - | PHI_DISCLOSURE | health-detail",
            "Sorry to hear about the miscarriage. | my wife's miscarriage was handled so coldly | - | COMPLAINT | health-detail",
            "Thanks for sharing about your diabetes journey! | as a diabetic I love this office | - | PRAISE | health-detail",
            "Call us about the metformin refill. | can you refill my metformin | - | PRESCRIPTION | health-detail",
            "Sentimos lo de la diabetes de su mamá. | mi mamá tiene diabetes | - | PHI_DISCLOSURE | health-detail",
            "Lo de la depresión es importante, llámenos. | tengo depresion y no puedo dormir | - | MEDICAL_ADVICE | health-detail",
            // clinical advice
            "You should take ibuprofen and rest. | - | - | MEDICAL_ADVICE | clinical-advice",
            "Try 500 mg every six hours. | - | - | MEDICAL_ADVICE | clinical-advice",
            "Give him two tablets of tylenol tonight. | - | - | MEDICAL_ADVICE | clinical-advice",
            "It sounds like a sinus infection. | - | - | MEDICAL_ADVICE | clinical-advice",
            "That's nothing to worry about! | - | - | MEDICAL_ADVICE | clinical-advice",
            "You might want to stop the pills for a day. | - | - | MEDICAL_ADVICE | clinical-advice",
            "Le recomiendo tomar paracetamol cada ocho horas. | - | - | MEDICAL_ADVICE | clinical-advice",
            "Tome dos pastillas con comida. | - | - | MEDICAL_ADVICE | clinical-advice",
            "No es grave, no se preocupe. | - | - | MEDICAL_ADVICE | clinical-advice",
            "Debe dejar de tomar el jarabe. | - | - | MEDICAL_ADVICE | clinical-advice",
            // naming the writer
            "Thanks Maria Lopez, we appreciate it! | - | Maria Lopez | PRAISE | writer-name",
            "Hi @jdoe_88, please call us. | - | @jdoe_88 | GENERAL_INQUIRY | writer-name",
            "Gracias Rosa por sus palabras. | - | Rosa Delgado | PRAISE | writer-name",
            // links
            "Book here: https://bit.ly/xyz123 | - | - | GENERAL_INQUIRY | foreign-link",
            "See www.healthline.com for more info. | - | - | GENERAL_INQUIRY | foreign-link",
            "Más información en https://example.org/salud | - | - | GENERAL_INQUIRY | foreign-link",
            // emergency number first
            "Thank you for reaching out. Please call 911 now. | - | - | EMERGENCY | emergency-first",
            "Gracias por escribirnos. Llame al 911 ahora. | - | - | EMERGENCY | emergency-first"})
    void unsafeDraftsAreCaught(String draft, String inbound, String author, String labels, String rule) {
        List<ReplyLinter.Violation> violations = linter.lint(draft,
                context(inbound, author, labels(labels)));
        assertThat(violations).as(draft).anyMatch(v -> v.rule().equals(rule));
        assertThat(violations).allSatisfy(v -> assertThat(v.end()).isGreaterThanOrEqualTo(v.start()));
    }

    @ParameterizedTest(name = "safe: {0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "Please call 911 or go to the nearest emergency room now. We are here for you. | EMERGENCY",
            "Please call 911 now. You can also call or text 988 any time, day or night. | EMERGENCY",
            "Llame al 911 o vaya a la sala de emergencias más cercana ahora. | EMERGENCY",
            "Llame al 911 ahora. También puede llamar o enviar un mensaje de texto al 988. | EMERGENCY",
            "We can't give medical advice on social media. Please call our office at 555-0100. | MEDICAL_ADVICE",
            "We can't advise on social media. Please call us or use the patient portal. | MEDICAL_ADVICE",
            "For anything urgent, call 911. Otherwise please call the office. | MEDICAL_ADVICE",
            "No podemos dar consejos médicos por redes sociales. Llame a la oficina, por favor. | MEDICAL_ADVICE",
            "Por favor llame a nuestra oficina o use el portal. | MEDICAL_ADVICE",
            "We can't handle requests like this here. Please call the office or use https://portal.maplestreet.example | PRESCRIPTION",
            "Please call the office and our team will help. | PRESCRIPTION",
            "Llame a la oficina y nuestro equipo le ayudará. | PRESCRIPTION",
            "Please don't share personal health details publicly. Send us a private message or call. | PHI_DISCLOSURE",
            "For your privacy, please send us a private message instead. | PHI_DISCLOSURE",
            "Por su privacidad, envíenos un mensaje privado o llame a la oficina. | PHI_DISCLOSURE",
            "We're sorry to hear about this experience. Please contact our practice manager at 555-0199. | COMPLAINT",
            "We're sorry to hear this. Our practice manager would like to talk with you. | COMPLAINT",
            "We apologize for the frustration. Please reach out to our office manager. | COMPLAINT",
            "Lamentamos mucho esta experiencia. Comuníquese con la gerente de la clínica. | COMPLAINT",
            "Sentimos la molestia. Nuestra gerente quiere hablar con usted. | COMPLAINT",
            "Thank you so much for the kind words! | PRAISE",
            "We're so glad to hear this, thank you for sharing! | PRAISE",
            "Thanks for the shout-out to our team! | PRAISE",
            "¡Muchas gracias por sus amables palabras! | PRAISE",
            "¡Gracias por compartir! Nuestro equipo se alegra mucho. | PRAISE",
            "We're open Monday to Friday, 8 am to 5 pm. | GENERAL_INQUIRY",
            "You can reach us at 555-0100 during office hours. | GENERAL_INQUIRY",
            "Our address is 12 Maple Street. Parking is behind the building. | GENERAL_INQUIRY",
            "You can book online at https://maplestreet.example/book | GENERAL_INQUIRY",
            "Please call us and the front desk will help you with that. | GENERAL_INQUIRY",
            "Abrimos de lunes a viernes de 8 a 5. | GENERAL_INQUIRY",
            "Puede llamarnos al 555-0100 en horario de oficina. | GENERAL_INQUIRY",
            "Estamos en la calle Maple 12. | GENERAL_INQUIRY",
            "Puede hacer una cita en https://portal.maplestreet.example | GENERAL_INQUIRY",
            "Thanks for reaching out! | OTHER",
            "Have a great weekend! | OTHER",
            "¡Gracias por escribirnos! | OTHER",
            "We appreciate you following along. | OTHER",
            "Happy holidays from all of us! | OTHER",
            "Please call the office so we can help. | COMPLAINT"})
    void safeDraftsPass(String draft, String labels) {
        assertThat(linter.lint(draft, context("my dad has diabetes and takes metformin 500 mg", "Pat Writer",
                labels(labels)))).as(draft).isEmpty();
    }
}
