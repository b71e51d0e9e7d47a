package health.commenttriage.classify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * One group of cases per rule family, written for this test (not taken from the development set): what
 * must be flagged, and what only sounds like it.
 */
class RuleFamiliesTest {

    private static Classifier classifier;

    @BeforeAll
    static void load() {
        classifier = Classifier.load();
    }

    private static Classification of(String text) {
        return classifier.classify(text, "comment", null);
    }

    @ParameterizedTest(name = "emergency: {0}")
    @CsvSource(delimiter = '|', value = {
            "my grandpa's face is drooping and he can't lift his right arm",
            "babys lips are turning blue what do i do",
            "she collapsed in the kitchen and wont wake up",
            "my son swallowed a button battery about 20 min ago",
            "throat is closing up after the bee sting, can barely breathe",
            "HELP my wife is having a seizure and it won't stop",
            "crushing pressure in my chest and my left arm is numb, sweating like crazy",
            "mi papá no puede respirar y tiene los labios morados",
            "mi hija se tomó las pastillas de la abuela, no despierta",
            "se le torció la boca y habla raro desde hace rato",
            // families added after a held-out set (these sentences are written for this test)
            "feels like a truck is parked on my breastbone, been like that half an hour",
            "all of a sudden my right hand won't squeeze anything",
            "my husband is bleeding from the cut, we've gone through four towels",
            "fever is 104 and grandma is confused, doesn't know where she is",
            "I'm 36 weeks and I'm leaking fluid and having contractions",
            "the whole family has headaches and feels sick since we turned on the furnace",
            "my daughter's eyes rolled back and she went stiff",
            "my ex is at the door and he said he'd kill me",
            "I'll be outside the clinic tomorrow with my gun",
            "tengo 32 semanas y se me está saliendo agua",
            "mi pareja dijo que me iba a matar, estoy escondida",
            // chest pain going on now, without a co-sign
            "I've got sharp chest pain since lunch, can someone call me",
            "my mom has had pressure in her chest for the last hour",
            "his chest has been aching all evening",
            "me está doliendo mucho el pecho desde anoche",
            // families added after held-out-4 (sentences written for this test)
            "his chest feels like a vise and he's gone pale",
            "he had a coin in his mouth a second ago and now it's gone, I think he swallowed it",
            "a hornet got her on the cheek and now her voice is raspy and she can barely swallow",
            "blood just keeps gushing out of the cut on his leg",
            // a near-faint with pain is a warning sign, not a negation; "almost can't" is still can't
            "8 weeks pregnant, stabbing pain on one side and I nearly fainted getting up",
            "she almost can't breathe, her lips look gray",
            "mi hijo casi no puede respirar",
            "my 3 week old has a fever of 100.6",
            "Dr. Ramos, my dad is slurring his words and his face is drooping",
            // families added after held-out-18 (sentences written for this test)
            "the words keep coming out in the wrong order when I try to talk to my wife",
            "his leg is bent the wrong way below the knee after the ladder fall",
            "my toddler bit into a laundry pod and is coughing",
            "the boiling soup went down her arm and the skin is coming off in strips",
            "he said he is coming back tomorrow with his rifle for the receptionist",
            "mi bebé se ha tragado una pila de botón",
            "me tomé como 40 clonazepam",
            "cuando habla le salen las palabras al revés",
            "mi hijo mordió una cápsula de detergente",
            "se le está despegando la piel del brazo por el agua hirviendo",
            "voy a ir mañana con la pistola de mi papá y ese doctor me las paga",
            "the rags we're holding on it are completely soaked through",
            "my son knocked a pot of boiling water onto his arm",
            "my dad is diabetic and he's acting drunk, slurring, I'm scared",
            "her glucometer reads 44 and she's not making sense",
            "he's twitching and jerking for about 5 min and won't respond",
            "un señor con un cuchillo entró a la sala de espera, estamos encerrados en el baño",
            "a mi hijo se le cayó encima la olla y se quemó con agua hirviendo",
            "tengo 34 semanas y de repente me mojé toda, no es pipí",
            "mi esposo está tieso y temblando desde hace 5 minutos y no reacciona",
            // families added after held-out-5 (sentences written for this test)
            "31 weeks and I can't feel the baby kicking today at all",
            "pregnant with twins, my hands and face blew up overnight and there are spots in my eyes",
            "my 3 week old feels hot, thermometer says 100.6",
            "his meter just says HI and he keeps vomiting",
            "her breath smells like nail polish remover and she's breathing really deep",
            "grandpa takes eliquis and banged his head on the cabinet",
            "she hit her head at the playground and now she's super sleepy",
            "these little dots on his belly don't fade when I press a glass on them",
            "used the inhaler 4 times and it's not helping, she can't finish a sentence",
            "she's sweating through her clothes and gets winded just sitting up",
            // a negation does not reach past "and" before a new subject, or a new Spanish verb
            "she's not crying anymore and her lips are turning blue",
            "lo llamo y no responde y tiene los labios morados",
            "mi bebé no llora ni tose se está poniendo azul",
            // a past day does not cancel what is happening now
            "he hit his head yesterday and now he keeps vomiting and is confused",
            // "sin fuerza" is weakness, not a negation
            "mi papá amaneció con la pierna sin fuerza y la cara chueca",
            // harm to others with a weapon, a counted overdose, stroke and heart signs told in Spanish
            "he says he's taking his uncle's rifle to school tomorrow and I believe him",
            "I'm heading over there right now with my gun, tell that nurse",
            "un tipo en la farmacia saca una navaja y dice que va a matar al farmaceutico",
            "esta mañana me trague como 30 de ibuprofeno, me siento bien",
            "mi papá tiene la voz arrastrada desde hace media hora",
            "el dolor se me corre al brazo izquierdo y a la quijada",
            // "no reason" negates nothing
            "my leg started swelling for no reason and now I'm coughing up blood",
            "el lunes temprano paso por la clínica con mi pistola, ya verán",
            // a racing heart with a near-faint; breathing after a known allergen; a bleed still going
            "my dad's heart is fluttering since lunch and he feels like he will pass out when he stands",
            "el corazón me late muy rápido y siento que me desmayo",
            "he's wheezing bad after a bee sting at the park",
            "se le cierra la garganta después de comer mariscos",
            "gave birth two weeks ago and I'm soaking a pad every half hour",
            // reluctance to call is not reassurance
            "i dont want to call the paramedics for nothing, should I just wait?",
            // a weight across the chest that spreads; early pregnancy with one-sided pain; heat stroke; voices
            "a heavy weight across my chest for half an hour and I'm clammy",
            "tested positive last week and now a sharp pain on my right side and my shoulder hurts",
            "me hice la prueba y salió positiva, tengo una punzada del lado izquierdo y casi me desmayo",
            "my husband was mowing in this heat and he stopped sweating and he's confused",
            "mi papá estuvo en el sol todo el día, está caliente y ya no suda",
            "she keeps hearing a voice telling her to hurt the baby",
            "oigo voces que me dicen que me tengo que lastimar",
            "bleeding through a pad every 15-20 min since I had the baby last week",
            // threats to staff; a negation in an "if" clause does not reach the main clause after it
            "if my paperwork isn't signed by friday im coming to the clinic with a knife",
            "si no me atienden hoy voy a ir con mi pistola a la clinica",
            "swear to god I'll hurt somebody at your front desk if they put me on hold again",
            "im about to hurt that receptionist, she laughed at me",
            // set 21: a pulsing bleed, an object driven in, saddle numbness, a hot car, a last message
            "the cut on his forearm spurts blood with every heartbeat, what do I press on",
            "a piece of rebar went through his calf, no wait it's stuck in his thigh, do we pull it out or leave it in",
            "since lunch I'm numb between my legs and my lower back is on fire, can't pee right",
            "mi suegro no siente nada ahi abajo desde que se cayo de espalda",
            "the babysitter left the baby in the car for an hour in this heat, she's limp and hot",
            "dejaron al nino encerrado en el carro con el sol, esta rojo y no contesta",
            "gave away my rifles except the one. thanks for everything doc",
            "this is the last text i'm sending anyone, tell mom sorry",
            // set 22: lay cyanosis, bleeding through pressure, oxygen run out, "not moving" and CPR,
            // ectopic weeks, delirium with fever
            "no fever, but his fingertips look bluish and he keeps nodding off",
            "she's on eliquis and the cut on her shin is still oozing even with pressure for 40 min",
            "grandpa's oxygen concentrator died in the storm and he's getting confused",
            "a lady fell in the pharmacy line, she's not moving and somebody is doing cpr",
            "mi bebe no para de convulsionar, ya van 6 minutos",
            "tengo como 7 semanas de embarazo y me duele el costado como cuchillada, me mareo al levantarme",
            "mi abuelo esta hablando con gente que ya murio y tiene la herida de la pierna que apesta, con fiebre",
            // set 23: fainting on standing, "without gasping", Viagra with nitro, penile fracture,
            // a growing swelling, slang guns, an attacker outside
            "after dialysis today I keep blacking out and my chest feels tight",
            "my calf is hot and swollen and I can't climb the stairs without gasping for air",
            "he took viagra an hour ago and now wants to use his nitro spray for chest pain",
            "felt a snap during sex, it went soft and is turning purple",
            "surgery site is golf ball sized now and still growing, feel faint",
            "oi un tronido y luego se le puso morado e hinchado",
            "ahorita voy con el cuerno y ese doctor no sale vivo",
            "el senor que corrieron la semana pasada esta aqui afuera amenazando con un cuchillo",
            // set 24: a hedge is not a negation; the Spanish progressive is present
            "not chest pain exactly, more a heavy squeeze that goes into my left arm and jaw, sweating buckets",
            "la semana pasada le cambiaron la pastilla y ahorita se le esta hinchando la lengua",
            // set 25: handing things over, a tourniquet and a mauling, something in the eye, a racing heart
            // for hours, a veiled threat
            "gave my sister all my games and wrote my mom a note, you won't hear from me after tonight",
            "gave the cat to my neighbor, won't need her where i'm going",
            "we tied a tourniquet on his arm, the helicopter is 30 min out",
            "a piece of wire went into his left eye at the shop",
            "a mi papa el corazon le late a mil desde hace 2 horas y no se le calma",
            "that nurse better not be working friday, I got something for her and I ain't playing",
            // set 26: someone who went down and breathes in gulps, a fever during chemotherapy, magnets swallowed
            "our coach just went down on the sideline, someone is dialing 911",
            "started chemo on monday. tonight 103 fever and chills",
            "le pusieron la quimio la semana pasada y ahorita tiene fiebre de 39",
            "found the magnets from his kit on the floor, he says he swallowed 'two'",
            // set 27: a weekly drug taken daily, someone who no longer recognizes the people around them
            "mom took her methotrexate daily instead of weekly for a week, now mouth ulcers and a fever",
            "after the hit to his head he can't recognize his own sister",
            // a word said over and over (the entry's backreference needs its group)
            "my dad keeps saying help help and nothing else",
            // sets 28 and 29: a crushed or nearly severed finger, a belt tied as a tourniquet, slowed breathing
            // after using, speech gone garbled, a wound that gives way today after yesterday's operation, a pad
            // soaked every few minutes; a thick tongue, sudden pain in a testicle, a pregnancy's pressure or lights
            "the log splitter got his hand, thumb is crushed and bleeding bad",
            "my brother's finger is hanging by a flap of skin after the table saw",
            "we tied a strap tight around her thigh above the cut",
            "shot up an hour ago and now my breathing is getting so shallow",
            "mom's voice went kind of garbled on the phone just now",
            "had my gallbladder out yesterday and the incision just split open, blood soaking the towel",
            "i'm bleeding through a pad every 15 minutes since this morning",
            "a mi esposo se le cortó el dedo con la sierra, lo tiene colgando",
            "me pusieron la inyeccion y siento la lengua hinchada",
            "mi hijo se desperto con un dolor horrible en el testiculo y no para de llorar",
            "tengo 36 semanas y la presion me salio 165/112 en la farmacia",
            "tengo 30 semanas, me duele mucho la cabeza desde la tarde y ahorita estoy viendo destellos",
            // set 30: blood vomited said a few words on, the worst headache ever, a nosebleed for an hour, food
            // stuck so that not even spit goes down
            "she keeps vomiting and this time it came up dark like coffee grounds",
            "this is the worst headache she has ever had, it hit like a thunderclap",
            "grandpa's nosebleed has gone on for over an hour even pinching",
            "a piece of chicken has been stuck for 2 hours and I can't swallow my own saliva",
            // set 31: breathing counted fast, too sleepy to hold one's head up, fever with a transplant or a stuck
            // stone, no urine since morning, jaw pain with nausea; a racing pulse, a veiled threat, fever with
            // confusion about the day
            "dad's breathing is like 44 a minute and he's too weak to stand up",
            "I had my kidney transplant in june and now I'm at 101.8 and achy",
            "they said the stone should pass but now I have a fever and shaking chills",
            "my jaw hurts and I'm sweating and sick to my stomach, no chest pain though",
            "el reloj marca el pulso en 175 y me siento mareada",
            "mañana vamos con algo para que entiendan, ya saben quienes",
            "mi abuelo tiene fiebre y no sabe ni que dia es",
            // set 32: pauses in a baby's breathing counted in seconds, lips that go blueish, a racing heart that
            // will not break; insulin injected twice "sin querer", jaundice with confusion
            "the baby has these pauses in her breathing, maybe 20 seconds, and her lips go blueish",
            "his afib isn't slowing down this time, he's dizzy and pale",
            "my watch says my heart rate is 210 for 15 min now",
            "sin querer me puse la insulina dos veces y estoy sudando frio",
            "mi mama esta amarilla y temblando de frio y no sabe ni quien soy",
            // set 34: a baby who cannot be woken, someone who fell and does not answer
            "my 10 day old is so floppy and I can't get her to wake up for her feed",
            "grandpa fell in the garden and isn't responding to us",
            // set 36: a saturation under 88, a cleaner from under the sink, a fall or colic-like pains at seven months,
            // bleeding after yesterday's procedure (the "ayer" dates the procedure, not the bleeding)
            "her pulse ox keeps reading 84% and she's breathing fast",
            "la saturacion de mi papa esta en 82 y no puede hablar bien",
            "my toddler drank something from under the bathroom sink and keeps gagging",
            "ando de 8 meses y me resbale, ahora tengo dolores que van y vienen cada ratito",
            "sigue sangrando mucho despues de la biopsia de ayer y esta muy palida",
            // set 37: a threat with a weapon is one even when said with "si"
            "si le pasa algo a mi esposa por su culpa voy a ir a buscarlo con mi pistola",
            // sets 38 and 39: a tearing pain through to the back, an ache between the shoulder blades with nausea, clear
            // fluid from the nose after a blow, a meter that reads LO; Spanish: pauses without breathing while asleep
            // (a habit no longer cancels turning blue), LO on the meter, clear water from the ear after a fall, a
            // diabetic who is drenched and does not know his name
            "sudden tearing pain in my chest that goes right through to my back",
            "my mom has this ache between her shoulder blades and she's clammy and queasy",
            "he hit his head on the dock and now clear fluid is dripping from his nose",
            "her meter just says LO and she's not making sense",
            "mi bebé hace pausas sin respirar cuando duerme y se pone azulito",
            "el glucómetro marca LO y está todo sudado",
            "se cayó de la bici y le sale agua clarita por el oído",
            "mi papá tiene diabetes, está todo sudado y no sabe ni cómo se llama",
            // a venomous snake's bite
            "copperhead got my daughter on the foot and it's turning dark",
            "a mi esposo le picó una víbora en el pie y se le está hinchando",
            // set 40: a sedative added to an opioid yesterday, and now someone nods off (the sign is the match)
            "dad is on oxycodone and they started xanax last week. now he keeps nodding off at the table",
            // set 41: an armed threat on its way, a swollen calf then breathlessness, a fall and no getting up
            "she better watch herself, I'm heading over there now with my pistol",
            "my left calf has been hot and swollen since the drive and now I'm short of breath just sitting",
            "mi papá se cayó en el baño y no se puede levantar",
            // set 42: "he ain't making no sense" (the negation is the sign), half the mouth hanging down
            "PAPA FELL IN THE YARD AND HE AINT MAKING NO SENSE",
            "one side of his mouth is hanging down and he's drooling",
            // set 45: a burning that climbs to the jaw with sweat, lips puffed way up, bleeding that goes on since
            // yesterday
            "tengo 60 años, me arde el estomago y el ardor se me sube a la quijada, estoy sudando",
            "lips and tongue puffed way up after the shrimp and my voice is hoarse",
            "ayer me sacaron dos muelas y sigo sangrando, ya empape 5 gasas",
            // set 48: an opioid, then someone impossible to wake
            "grandpa takes oxycodone for his back and since his nap he's been impossible to wake",
            // set 50: a meter that says LO and someone who only sits and stares, a baby gagging with no sound
            "my mom has diabetes, she only sits and stares and won't talk to me, the sugar machine says LO",
            "she's gagging on something and no sound comes out when she tries to cry",
            // set 51: a meter that says LO beside "como si no me conociera" (a sign, not a negation)
            "mi papá se puso la insulina y no comió, ahora me empuja como si no me conociera y la maquinita marca LO",
            // set 51: "no jalo aire" (Mexican Spanish for not getting air in)
            "mezclé cloro con amoniaco limpiando el baño y ya no jalo aire",
            // set 53: a fall, then the same question over and over or vomiting twice; a cord seen after the water
            // broke; a threat to staff after an "if" clause with a negation and no comma
            "my dad fell off the hay wagon and he keeps asking me the same question every minute",
            "grandma fell down the porch steps this morning and she has thrown up 3 times since",
            "my water just broke and I can feel the cord down there",
            "mi abuelo se cayó de la escalera y nos pregunta lo mismo una y otra vez",
            "se me rompió la fuente y se ve el cordón, estamos en la troca",
            "si mañana no me dan la receta voy con el machete a la clínica",
            // set 54: a lost function carries its own negation, so a negation cue a few words before it negates
            // something else ("no fever and can't breathe", "sin máscara y ahora casi no puede respirar")
            "no fever and can't breathe right since lunch",
            "estaba fumigando sin mascarilla y ahora casi no puede respirar",
            "no paro de vomitar y no puedo respirar bien",
            // set 54: someone armed right there
            "hay un hombre en la sala de espera con un cuchillo buscando a la doctora",
            "there's a man outside your pharmacy with a gun screaming at people",
            // set 55: the means already put away
            "si ese vuelve a tocar a mi hija lo mato, ya traigo escondido con qué",
            // set 56: a snake bite's swollen limb (an insect sting's is not, below)
            "snake bite on my husband's calf at the creek and his leg is swelling fast",
            // set 56: a deep burn told by its look, white and leathery, or skin sliding off
            "oil splashed on my dad at the restaurant and his hand is white and leathery, he can't feel it",
            "she spilled the kettle on her leg and the skin is sliding off",
            // set 57 (after scoring): "not sweating at all" is the sign, not a negation; home oxygen in a power cut
            "dad came in from baling hay, face all red, not sweating at all and talking gibberish",
            "my mom is on oxygen and the power went out, the concentrator stopped and the tanks are empty",
            "mi abuelo usa oxígeno y se fue la luz, la máquina ya no funciona"})
    void emergenciesAreFlagged(String text) {
        Classification c = of(text);
        assertThat(c.labels()).as(text).contains(Label.EMERGENCY);
        assertThat(c.priority()).isEqualTo("P1");
        assertThat(c.evidence()).anyMatch(e -> e.label() == Label.EMERGENCY && !e.rule().isBlank());
    }

    @ParameterizedTest(name = "self-harm: {0}")
    @CsvSource(delimiter = '|', value = {
            "i don't want to be alive anymore. tonight i end it",
            "took every pill in the bottle 💊💊 sorry everyone",
            "ya no quiero vivir, me voy a quitar la vida",
            "I can't see the point of getting up anymore",
            "I've got a bunch of my sleeping pills stashed, tonight",
            "finished writing my goodbye notes",
            "I'm getting my affairs in order, nobody will have to deal with me much longer",
            "esta noche me trago todas las pastillas que tengo",
            "honestly I don't feel safe with myself tonight",
            "I keep imagining swerving into the river on my commute",
            "I won't be a burden to anyone much longer",
            "counted the oxy I've been saving, it's enough",
            "esta noche me aviento del puente del río",
            // a way found to end it all (set 28)
            "I finally found a way to make the pain stop for good",
            "ya se como hacer que todo se acabe esta noche",
            // thanks said "before I go"; money sorted and the pets left with someone (set 30)
            "just wanted to say thank you to the nurses before i go.",
            "closed out my accounts this morning and left my cats with my neighbor",
            "did it. swallowed what was left of my sleeping pills",
            "swallowed the rest of the pills from last week's refill. sorry",
            "not taking the insulin anymore. if I die, I die",
            "estoy parada en la azotea del edificio y ya no le veo caso a nada",
            "ya no le encuentro sentido a despertarme, perdón por todo",
            // a lethal-dose question, even "hypothetically"; settling debts and closing accounts
            "hypothetically, how much of my lithium would it take to never wake up",
            "what's a lethal dose of tylenol",
            "paid back everybody I owe and deleted all my accounts but this one",
            // the clinical page's online shorthand
            "the sewer slide thoughts won't quit today",
            "not sure i can keep myself safe this weekend",
            "gonna ctb after this post",
            // pills set out; someone else's goodbye; fear of oneself
            "lined up all my sleeping pills on the nightstand",
            "my brother gave away his games and said goodbye to all his friends",
            "mi hermano se despidió de todos y regaló sus cosas",
            "tengo miedo de lo que pueda hacerme",
            // set 35: rope bought, then despair
            "picked up some rope at the hardware store. can't do this anymore",
            // sets 38 and 39: the most of a medicine someone could take "before it's over"; letters left and a pet
            // rehomed
            "what's the most tylenol a person could take before it's over",
            "dejé unas cartas en la mesa y el perro se queda con mi hermano",
            // set 41: pills set aside until there are enough, and no refill needed anymore
            "been setting aside my sleeping pills for weeks and I have enough now. you won't need to refill mine anymore",
            // set 42: up on a bridge, and thanks for everything
            "estoy arriba en el puente. gracias por todo lo que hicieron por mi",
            // set 43: up on a building's roof; razor blades and not wanting to feel anything
            "estoy parado en el techo de mi edificio, a nadie le va a importar",
            "standing on the roof of the parking garage. nobody will notice",
            "sitting in the bathroom with my husband's razor blades. i don't want to feel anything anymore",
            // set 44: a medicine "not the normal way", and not wanting the family to be the ones who find them
            "packed my insulin in a bag and drove out to the quarry. didn't want my wife to be the one who finds me"})
    void selfHarmIsAnEmergencyWithTheFlag(String text) {
        Classification c = of(text);
        assertThat(c.labels()).as(text).contains(Label.EMERGENCY);
        assertThat(c.selfHarm()).as(text).isTrue();
        // intent to harm oneself is a mental-health detail (the development set's labelling choice)
        assertThat(c.labels()).as(text).contains(Label.PHI_DISCLOSURE);
        assertThat(c.evidence()).anyMatch(e -> e.label() == Label.PHI_DISCLOSURE && e.rule().contains("self-harm"));
    }

    // set 43: "sitting on the edge of the bed" gasping is heart failure and "cutting grass" in the heat is heat stroke:
    // emergencies whose reply is 911, not the crisis line
    @ParameterizedTest(name = "emergency, not self-harm: {0}")
    @CsvSource(delimiter = '|', value = {
            "she's sitting on the edge of the bed gasping for air and her lips look grey",
            "my son's been cutting grass all day in this heat and now he's confused and not sweating",
            // a review of the flag on every set: a threat to someone else, an armed man, a sense of doom with a sign
            "my uncle says he's going to shoot his girlfriend tonight, he took the rifle out of the truck",
            "bought a gun today. see you at your Monday clinic, doc",
            "man in the waiting room says he's got a gun in his coat",
            "he's grey and sweaty and keeps saying he feels like he's going to die",
            "los voy a matar a todos en esa clinica, ya tengo la pistola",
            // set 44: heat stroke said in Spanish
            "mi tio ya no suda, esta todo colorado y dice cosas que no tienen sentido"})
    void anEmergencyThatIsNoSelfHarmHasNoFlag(String text) {
        Classification c = of(text);
        assertThat(c.labels()).as(text).contains(Label.EMERGENCY);
        assertThat(c.selfHarm()).as(text).isFalse();
    }

    @ParameterizedTest(name = "not an emergency: {0}")
    @CsvSource(delimiter = '|', value = {
            // negation
            "no chest pain or trouble breathing, just a stuffy nose for a week",
            "not suicidal, just really tired of this insurance runaround",
            // hypothetical
            "what if my kid ever swallows a battery, do you handle that or the ER?",
            // past and resolved
            "back in 2019 I had a stroke and your team was amazing through rehab",
            // education
            "what are the warning signs of a heart attack in women?",
            "I have a question about chest pain after covid vaccines",
            "I don't have chest pain, just a sore throat",
            // idioms
            "this hold music is killing me lol",
            "I'm dying to know if you have openings in december",
            "that bill almost gave me a heart attack",
            "me muero de risa con sus videos",
            "20 weeks along and we saw the baby on the screen, so happy",
            "the whole family loved the flu clinic, thanks for fixing the heater in the lobby",
            "what are the signs of a seizure, do eyes roll back?",
            // recovery told with "again" / "de nuevo" stays in the past
            "in 2021 I had a stroke and thanks to your therapists I'm walking again",
            "hace tres años me dio un infarto y gracias a ustedes trabajo de nuevo",
            // look-alikes of the families added after held-out-5
            "my 8 week old has her shots tomorrow, any tips?",
            "bumped my head on the car door, I'm fine, just embarrassed",
            "how many kicks should you feel in an hour at 28 weeks? just curious",
            "the rash on my arm faded after the cream, thank you",
            "the pills I collected from the pharmacy are the wrong color",
            // ...but a negation still reaches its own verb
            "no se está poniendo morado, solo tose un poco",
            "he's not turning blue and not having trouble breathing, just coughing",
            "my son passed out at the blood drive yesterday, totally fine now",
            "a mi abuelo le dio un derrame hace como tres años y ya camina bien",
            "estoy en el puente de la autopista, hay mucho tráfico, llego tarde a mi cita",
            "voy a matar a mi hermano, se comió mi pastel",
            "the knife at work slipped, do I need a tetanus shot?",
            "me tomé 2 de paracetamol para el dolor de cabeza, ¿puedo tomar otra?",
            // look-alikes of the cues added after held-out-18 (sentences written for this test)
            "my 6 week old has had the hiccups all day, no fever, feeding fine",
            "mi bebe de 3 semanas estornuda mucho pero sin fiebre",
            "34 weeks, baby kicking a lot tonight, no bleeding or leaking, is that normal?",
            "what's a normal temperature for a 2 week old baby?",
            "seizure vs fainting, what's the difference?",
            "what are you supposed to do if someone collapses at the gym?",
            "if my husband on his night shift ever has a seizure, who do they call?",
            "I nearly fainted when I saw the needle",
            "casi me desmayo cuando vi la aguja",
            "the group chat had me choking on my cereal",
            "this ramen is so spicy someone call an ambulance lmao",
            "read on the news about a kid who drowned in a pool, so sad",
            "qué pena lo del señor que se desmayó en el metro, fuerza para su familia",
            "two years ago I told Dr. Lee I wanted to end my life, and she got me the help I needed",
            "the skin on my sunburn is peeling off, is aloe ok?",
            "se me está pelando la piel de la espalda por el sol",
            "I know what car Dr. Lee drives, I saw her at the dealership",
            "my wrist is bent funny since the fall last week, can I get an x-ray?",
            "i OD'd on the office potluck brownies, pray for me",
            "el partido de ayer me dio un infarto 💀",
            "did you see the story about the toddler who swallowed a button battery?",
            "I attempted suicide in 2015, I still go to therapy every week and I'm doing well",
            "my son can't swallow big pills, is there a liquid version?",
            "30 weeks and the practice contractions are annoying, normal?",
            "cast on for 8 wks and my fingers swell a bit at night, normal?",
            "si a mi abuelo le da un derrame, a qué hospital lo llevamos?",
            "three winters ago I collapsed at work and your team saved me",
            "is there a difference between a heart attack and cardiac arrest?",
            "con la dieta me bajo el azucar de 250 a 110",
            "i want to disappear for a week on a beach lol",
            "nobody will notice if I'm gone for an hour, can I step out?",
            // set 21: idioms of drowning and nightmares, planning, recovery "now", seizure medicine, a language
            "honestly we're drowning in paperwork since the new baby, do you do virtual visits?",
            "I overdosed back in 2019 and I'm four years sober now, do you need my old records?",
            "what should a teacher do first if a kid faints in class? writing our emergency action plan",
            "can you refill his seizure meds, the convulsion medicine runs out friday",
            "mi abuela no habla bien el ingles, tienen interprete?",
            "front desk = lovely, insurance = a nightmare I can't wake up from",
            // set 22: "rather … than", a stage of life that is over, "still here"
            "I'd sooner walk into traffic than call your billing office again",
            "had a seizure disorder as a kid, outgrew it, need a physical for school",
            "four years ago I tried to kill myself and I'm still here thanks to your team",
            // set 23: a feared repeat, a lump in the throat, joking 911, a way of living, "old age",
            // a question on drugs
            "if my dad falls again while you're closed, who do I call?",
            "always feel a lump in my throat when I'm anxious, is that reflux",
            "opened my statement 💀 somebody call 911",
            "ya no quiero vivir con este dolor de rodilla, que me recomiendan",
            "this line is so slow I'll die of old age first",
            "why can't you take viagra with nitroglycerin?",
            // set 24: planning whom to call, a football match, a neighbourhood, the course of a dementia
            "let's say somebody faints in your waiting room, who helps them?",
            "if a camper gets stung and swells up, should we call 911 first or the camp nurse?",
            "por poco me da un infarto con la final del futbol jaja",
            "ya no quiero vivir en este departamento, el casero nunca arregla nada",
            "mi mama tiene demencia y a veces no me reconoce, que actividades le recomiendan",
            // set 25: an anniversary, how to use naloxone, a sign said absent inside an entry, a needle faint,
            // a memory, a ballgame, a spam for the prostate
            "two years ago today he collapsed in your lobby and you saved him",
            "how would someone properly give narcan? we got a kit at church",
            "bumped my head on the shelf, no throwing up, no confusion, just sore",
            "almost passed out at my flu shot lol, thanks for the juice box",
            "aquella vez que mi hijo se atraganto con un dulce ustedes lo salvaron",
            "si gana mi equipo me da un infarto de la emocion",
            "con estas gotitas mi papa ya no se levanta en la noche al bano",
            // set 26: sleep apnea, a bill, how to use an EpiPen, a hypothetical infarto, man flu, planning for chemo
            "he snores and sometimes stops breathing for a few seconds in his sleep, then gasps",
            "i wanna die every time i check my balance after a visit",
            "how exactly do you give an epipen to a toddler?",
            "si me da un infarto sera por la cuenta del hospital",
            "dice que se esta muriendo de la gripe, pobrecito jaja",
            "if someone on chemo gets a fever, do they call you or go to the ER?",
            // set 27: a daily pattern or a slow change, a sweet overdose, a question on symptoms, "se me pasa"
            "every morning my hands are stiff and I can't make a fist, better by lunch",
            "dad gets mixed up after dark lately and doesn't recognize the house",
            "sobredosis de galletas navidenas, manana dieta jaja",
            "cuales sintomas da una embolia?",
            "ultimamente siento que me voy a desmayar cuando me paro rapido, pero se me pasa en un ratito",
            // sets 28 and 29: "drowning in" something that is not water, a heart that "stopped" at a bill, the
            // poison control number for the fridge, a baby who chokes on the letdown, an arm sore after a shot,
            // pills cut in half, an overdose weeks later, "if a guy", "no respira mal", a difference question
            "honestly drowning in insurance forms this week",
            "my heart stopped for a second when I saw the copay",
            "my bank account just went into cardiac arrest",
            "can you post the poison control number for the fridge?",
            "she chokes on the letdown every feed and then pulls off",
            "after his tetanus shot he can't lift his arm above his shoulder, normal?",
            "i've been cutting my metoprolol in half to make it last",
            "he overdosed a few weeks later and thankfully pulled through",
            "if a guy gets his finger caught in the press, do we come to you first?",
            "nos estamos ahogando en deudas con tantas facturas",
            "con este calor me muero, pongan el aire por favor",
            "le pusieron la vacuna y no puede levantar el brazo, es normal?",
            "no respira raro ni nada, solo tiene mocos",
            "cual es la diferencia entre un infarto y un paro cardiaco?",
            // older sets' remaining false alarms: an anniversary, a question about helping a friend or the crisis
            // line, an awareness post, advice to others, an ambulance joke; a novela, a story in the news, a
            // stroke years ago with the walking back, a question about anyone who faints, a figurative infarto
            "two years since my suicide attempt and I'm doing so much better, thank you all",
            "how can you tell if a classmate is suicidal or just venting?",
            "is 988 only for emergencies or can I text it when I'm anxious?",
            "May is mental health awareness month, and September is suicide prevention month",
            "if anybody's grandpa gets chest pain, skip facebook and call 911",
            "the beet juice turned everything pink and I almost called an ambulance lol",
            "viendo la telenovela y la protagonista se desmayo al saber la verdad jaja",
            "que triste lo del muchacho que se ahogo en el rio",
            "hace tres años me dio un derrame y ahorita ya camino sin ayuda",
            "¿a alguien que se desmaya por el calor se le da agua o no?",
            "esta cuenta del hospital me va a dar un infarto",
            // set 30: seen on TV, a protocol asked for, someone's bone "if", a poster on strokes, a service question,
            // signs said absent far from the weeks, a toe cut while trimming nails, vomiting without blood, a past
            // event with "sorry again"
            "saw on tv a man collapsed at the marathon and a nurse saved him",
            "what's the protocol if a camper gets stung and swells up? need it for the staff binder",
            "if someone's finger gets cut off in shop class, do we bring them to you or the ER?",
            "estamos haciendo un cartel sobre el infarto para la escuela, tienen folletos?",
            "¿atienden a niños con convulsiones o solo adultos?",
            "tengo 35 semanas y se me hinchan los tobillos, pero no me duele la cabeza ni veo lucecitas",
            "mi papa se corto el dedo del pie cortandose las uñas, que le pongo?",
            "he's been vomiting since lunch but there's no blood in it",
            "two years ago I threw up blood in your lobby, sorry again to the cleaners! all healed now",
            // set 31: a knocked-out tooth, last May, a seizure feared if the refill is late, figurative cardiac arrest,
            // "los voy a quemar en google", a first seizure told with thanks
            "my son's front tooth got knocked out at practice, can the dentist see him today?",
            "last May she had anaphylaxis here and your team had her breathing easy again in minutes, thank you",
            "send the keppra today or I'll end up having a seizure at work",
            "si convulsiona por falta de la medicina va a ser su culpa",
            "my whole lineup went into cardiac arrest this week lol",
            "si no me regresan el dinero los voy a quemar en facebook",
            "mi hijo tuvo su primera convulsion el año pasado y aqui lo atendieron muy bien",
            // set 32: pauses while snoring, "if a friend ever…", a phone tree's "if it's an emergency", a joke about
            // dying, stories read in the paper, "literally going to die" on hold
            "he snores so loud and then quits breathing for a few seconds before he snorts awake",
            "if a coworker ever collapsed at the office, would we call you or 911?",
            "the recording says if it's an emergency hang up and dial 911, then keeps me on hold for an hour",
            "my boss always says if you're going to die, do it on your day off lol",
            "lei en el periodico que un señor se desmayo en el metro",
            "read that a runner collapsed at the half marathon, hope he's ok",
            "I'm literally going to die if this hold music plays one more time",
            // set 33: seizures named as the condition a medicine or a referral is for; a seizure told with "cuando"
            "necesito la receta de la medicina pa las convulsiones del niño",
            "seguimos esperando la cita con el neurologo por las convulsiones de mi hija",
            "cuando le dieron las convulsiones el año pasado ustedes lo atendieron rapidisimo, gracias",
            // set 34: a shoulder that will not lift overhead, a sign denied along a list, "a year out from", the seizure
            // medicine "para mis convulsiones", a rumour about a singer
            "since the fall I can't raise my arm above my head, is that a rotator cuff thing?",
            "he didn't wheeze or have any trouble breathing after the shot, just a red spot",
            "two years out from my overdose and still clean, thank you all",
            "me pueden mandar la receta de la pastilla para mis convulsiones?",
            "dicen que el futbolista ese tuvo un infarto, sera cierto?",
            // sets 35 and 36: "sat 40 minutes" is not a saturation; a faint this morning and fine now; a drowning on the
            // radio; when to call 911 for a poster; an awareness reminder; blood draws that "stabbed" three times; "never
            // got knocked out"; rope for the boat; Spanish: purple spots from bruising ("unas manchas"), "el de la
            // sangre" naming a thinner, gums that bleed in pregnancy, "no es sangre", idioms of dying of itching, of a
            // heart bursting with joy, of an overdose of tacos
            "sat in your waiting room 80 minutes with a sick kid",
            "he passed out at church this morning. he's fine now, eating lunch like nothing happened",
            "heard on the radio a hiker drowned in the reservoir, so sad",
            "how long should a fever seizure go before you call 911? making a sign for our daycare",
            "reminder: stroke signs in kids can look like clumsiness, share this with parents",
            "the lab stabbed me four times trying to find a vein, never again",
            "knocked his head on the cupboard, never got knocked out and he's acting normal",
            "bought rope for the new mooring today, anyone know a good rigger",
            "le salen unas manchas moradas en las piernas, de que sera?",
            "necesito que le renueven el xarelto, el de la sangre, a mi mama",
            "tengo 6 meses de embarazo y me sangran las encias al cepillarme, es normal?",
            "estoy embarazada de 9 semanas, tengo flujo cafe pero no es sangre",
            "me estoy muriendo de picazon con estas ronchas jaja",
            "se me sale el corazon de la emocion con la graduacion de mi hija",
            "sobredosis de tamales esta navidad 😂",
            // set 37: "matar de un susto", a heart attack seen on TV
            "mi mamá dice que la voy a matar de un susto con mi moto jaja",
            "vimos en telemundo que a un beisbolista le dio un infarto",
            // sets 38 and 39: swollen feet in pregnancy (face and hands are the warning sign), a collapse "years ago", a
            // race volunteer's "if someone collapses", gasping "some nights", a nose too stuffed to breathe through, an
            // epipen training, ambulance jokes, a yelled "I'm having a heart attack", a burger, prayers for a family in
            // the news, a faint the ER sent home, what a sign looks like in a child; Spanish: "si alguien se está
            // atragantando", "me quiero morir 🤦", a callus that "se puso morado"
            "7 months pregnant and my feet are puffy after my shift, no headache",
            "years ago my dad collapsed at your clinic and you saved him",
            "if someone collapses at practice do we start cpr or get the aed first?",
            "I wake up gasping some nights, is my cpap pressure too low?",
            "can't breathe through my nose with this cold",
            "what's the right way to use an epipen? running a training for the daycare",
            "one more slice and somebody call an ambulance lol",
            "my boss screamed 'I'm having a heart attack' because the printer jammed",
            "he ordered the 'heart attack' burger again",
            "prayers for the family of the teen who got shot downtown",
            "she passed out at the game Friday, the ER said dehydration and sent her home",
            "what does a stroke look like in a child? asking for our school binder",
            "si alguien se está atragantando, ¿cómo se hace la maniobra?",
            "me quiero morir 🤦 le dije a la doctora el nombre equivocado",
            "el callito del pie se puso morado después de la caminata",
            // a snakebite asked about "if", or only as a preference
            "si a alguien le pica una culebra, ¿tienen el suero ahí?",
            "I'd rather get bit by a rattler than sit through another staff meeting",
            // set 40: a sting with "no swelling", a faint "this morning" and "back to normal now" in one sentence, what
            // could have happened, a video, "nobody's dying", "nadie se está muriendo", "si alguien se pone pálido"
            "bee got her on the arm, no swelling and breathing fine",
            "he fainted in gym this morning but the nurse says he's totally back to normal now",
            "your staff let my dad wander into the lot, he could have been hit by a car",
            "that video of the lifeguard doing cpr on the beach has me in tears",
            "don't panic, nobody's dying, I just need to move my appointment",
            "tranquilos, nadie se está muriendo, solo quiero cambiar la cita",
            "si alguien se pone pálido por el azúcar baja, ¿qué se le da? es para mi clase de primeros auxilios",
            // set 41: "rest easy", chest pain that went away and hasn't come back, an early grave, choking on a question,
            // pills that go down hard lately, a skin tint in the sun; "me quiero morir con esta fila", Spanish that is not
            // spoken well
            "rest easy to the coach who collapsed at the game, hug your people",
            "had chest pain last night that went away after a few minutes and hasn't come back, I feel fine today",
            "this insurance maze is going to send me to an early grave",
            "totally choked on the last question of my interview lol",
            "lately my dad keeps choking on his pills, can we crush them?",
            "his ears look kind of blue-grey from the sun since he started the amiodarone",
            "me quiero morir con esta fila del laboratorio",
            "no le entienden porque no habla bien el castellano",
            // set 42: a team's loss, a wasp's swelling with no hives and fine breathing, smoke "lol", a bridge "jaja",
            // pauses while snoring, an old stroke and "ahora solo tomo…"
            "I'm gonna die if the Cowboys lose tonight",
            "wasp got me on the ankle, it's swelled up to my knee but breathing fine and no hives",
            "choking on all this smoke from the bonfire lol",
            "si me cambian la cita otra vez me tiro del edificio jaja",
            "mi hijo ronca y a veces deja de respirar unos segundos, es normal?",
            "tuve un derrame hace 5 años y ahora solo tomo la aspirina, puedo viajar en avion?",
            // set 43: a lump that does not move, a sign denied after it ("dolor de pecho no"), a settled debate
            "me salio una bolita en el cuello que no se mueve, es grave?",
            "dolor de pecho no, mareo tampoco, solo me canso al subir las escaleras. vale la pena revisarme?",
            "settle this: a stroke and an aneurysm aren't the same thing right??",
            "gonna strangle my sister if she borrows my car again without asking",
            // set 44: a storm's outage, a handful of pet food, a sting with fine breathing, a school year's collapse,
            // a faint that came right around, how narcan is used
            "the hurricane knocked out power on the whole island, are you open tomorrow?",
            "my toddler ate a handful of cat food, he's totally fine, just wondering",
            "stung by a bee this morning, breathing fine, just a red itchy spot on my hand",
            "junior year I passed out at practice and you figured out it was my heart. doing great now",
            // set 45: Raynaud's fingers, minutes of pressure, knees "shot", food "cardiac arrest", a man's cold, how a
            // stroke feels, a survivor "aquí sigo", a lip puffed a tiny bit
            "I have Raynaud's and my fingers turn purple in the cold, are gloves enough?",
            "on blood thinners, cut my finger, took like 10 minutes of pressure but it stopped",
            "my knees are shot from 30 years of roofing, any tips?",
            "this brisket is so good I'm literally in cardiac arrest",
            "mi esposo dice que se esta muriendo de un resfriado 🙄",
            "que se siente cuando le da a uno un derrame?",
            "hace dos años tuve un infarto y aqui sigo gracias a ustedes",
            "her lip puffed up a tiny bit after the strawberry, gone now",
            // set 46: the skin around a bite, dying of the heat, a drowning mourned, a chest "not hurting"
            "the skin around the tick bite is going a bit purple, is that lyme?",
            "gonna die of this heat at the game today lol",
            "rip to the little guy who drowned at the lake last weekend 💔",
            "my chest is not hurting at all, just a cough that won't quit",
            "if my son gets bit by a rattlesnake on the trail, do we come to you or the ER?",
            // set 47: a threat "if… lol", a chest that doesn't hurt, dry drowning, how one notices a heart attack, a
            // camper stung someday
            "my dad said he's gonna kill me if I dent the truck again lol",
            "my chest doesn't hurt and I'm not dizzy, but my heart skips when I lie down. worth a visit?",
            "my toddler slipped in the tub and sputtered, fine now. should I worry about dry drowning?",
            "como se da uno cuenta si le esta dando un infarto a alguien?",
            "if a camper got stung and started wheezing, is it epi first or benadryl? planning our first aid kit",
            "my son fainted at the parade, came right around and ate a hot dog after. should he be seen?",
            "como se usa el narcan? en la escuela hablan de sobredosis",
            // set 48: a game or a sunset that has one clutching the chest, asleep on the beach, snoring apnea, an
            // allergy that is a status, a class that learns the signs of a stroke
            "that last-second shot had me clutching my chest 😭 too old for overtime",
            "im literally having a heart attack, the lake at sunrise 😍",
            "peeling all over from passing out on the beach saturday, aloe or lotion?",
            "my husband says I stop breathing in my sleep and snore like a chainsaw. could that be my weight?",
            "he's anaphylactic to bees so we need a second epipen for camp, can you send one?",
            "para la clase de salud queremos saber las señales de un infarto, tienen folletos?",
            // set 49: a chest wall sore to the touch, a face numb from the cold, a nurse who "told me to call 911" in a
            // thanks, whether two words mean the same thing, where the cutoff is, dying of sleep
            "my chest hurts when I breathe deep since I started doing pushups, it's sore when I press on it",
            "forgot my gloves and now I can't feel my fingers lol it's -20 out",
            "Last spring my dad collapsed in the yard. Your nurse told me to call 911 instead of driving him. Thank you.",
            "do a heart attack and cardiac arrest mean the same thing?",
            "what's the cutoff where a fever in a baby means the ER instead of calling you?",
            "me quiero morir del sueño, otra vez doble turno jaja",
            // set 50: "when I could barely get the words out" (a thanks), how to use narcan (a box for a chapter house),
            // if we're out at camp someday, "no puedo hablar en horario de oficina", "el domingo" a seizure, now well
            "the fog is lifting. thank you for listening when I could barely get the words out",
            "can someone explain how to use narcan? our church got a whole box",
            "if we're out hunting and somebody gets bit by a rattlesnake, what do we do on the way to town?",
            "quiero cambiar la cita del jueves, no puedo hablar en horario de oficina",
            "el domingo mi niña convulsionó por la calentura, ya está bien gracias a Dios",
            // set 51: a team "has no pulse", an OD on crawfish, lips that aren't swelling, the news told today
            "the bullpen has no pulse tonight smh",
            "ok I definitely OD'd on crawfish at the boil lol",
            "lips aren't swelling and breathing is fine, just one hive on my neck after the shrimp. zyrtec ok?",
            "saw on the news a kid got hit by a car on Main this morning, praying for his family",
            // set 52: a station's call sign, how to use narcan posted for the block, "if somebody ever", an old numb leg
            // asked about
            "saw on KOAT a lady collapsed at the state fair, glad she made it",
            "could someone share how to use an epipen? coaching the U10 team this spring",
            "if somebody ever gets bit by a rattler on the ranch do we come to you or the ER?",
            "my back MRI says a bulging disc. is that why my right leg goes numb on long drives?",
            // set 53: the bone doctor seen about a break, "me quiero morir" over cancelled visits with a facepalm
            "can I see the bone doctor about my broken ankle without a referral",
            "me quiero morir, otra vez me cambiaron la cita 🤦 qué desorganización",
            "I want to die, third time the portal logged me out today 🤦‍♂️",
            // set 54: the pollen "me quiere matar", an ambulance that came already, a lost function negated right
            // after its cue
            "este calor me quiere matar 🥵 ya prendan el aire",
            "a man collapsed by your front door earlier, the ambulance came quick, hope he's ok",
            "chest feels weird after the vape but not like can't breathe, more like heartburn",
            // set 55: a grudge over food, "voy a matar al que…" over a parking lot, snoring that ends in a gasp
            "gonna kill my sister she ate my leftover biryani 😤",
            "voy a matar al que puso esa música en la sala de espera",
            "he snores and then stops and gasps, been like that for years, do we need a sleep study?",
            // set 56: an insect sting's swollen limb with the airway fine, dying over a bill, with an eye roll
            "wasp stung me on the wrist yesterday and now my hand is all swollen and hot, breathing is fine",
            "me muero con lo que cobran por una consulta de cinco minutos",
            "me quiero morir 🙄 otra vez perdieron mis papeles",
            "my fingertips went white and waxy shoveling, pink again now, do I need to come in?",
            // eleventh session audit: a faint the writer came to from and has been fine since asks for advice
            "my son fainted at practice from the heat, came to right away and has been fine since. does he need a checkup?"})
    void lookAlikesAreNotEmergencies(String text) {
        Classification c = of(text);
        assertThat(c.labels()).as(text).doesNotContain(Label.EMERGENCY);
        assertThat(c.selfHarm()).as(text).isFalse();
    }

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', value = {
            "my son is not having a seizure, he is just shivering | negated",
            "he is not unconscious, just very sleepy after the shots | negated",
            "what if my kid is having a seizure at school, who do we call? | hypothetical",
            "last year my dad collapsed in your lobby and your staff were wonderful | past",
            "what are the signs that someone is having a stroke? | education question",
            "el niño no tiene fiebre ni convulsiones, solo tos | negated",
            "heard on the radio a man got hit by a car by the fairgrounds right now, so sad | news"})
    void aCancelledMatchIsShownWithItsReason(String text, String reason) {
        Classification c = of(text);
        assertThat(c.labels()).as(text).doesNotContain(Label.EMERGENCY);
        assertThat(c.suppressed()).as(text).anyMatch(s -> s.label() == Label.EMERGENCY && s.reason().equals(reason));
    }

    @ParameterizedTest(name = "service: {0}")
    @CsvSource(delimiter = '|', value = {
            "do you guys see kids for asthma or should we go to a specialist?",
            "if one of the kids ever breaks an arm at camp, do we bring him to you or to the ER?",
            "can I bring the signed release to the visit or does it need to be faxed first?",
            "ear tubes, is that something your clinic does or do I need to see a specialist",
            "do you have a pediatrician who speaks Somali or should we keep going to the other clinic?",
            "¿tienen línea después de horas o hay que ir a emergencias?",
            "if somebody ever has a seizure at home, do we call 911 first or you guys?",
            "can I do the intake forms online or do I have to come in early?",
            "¿me pueden subir la dosis o forzosamente tengo que ir a consulta?",
            "can I cancel my daughter's appointment through here or do I have to call",
            "can the clinic remove stitches or would we have to go back to the ER?",
            "if someone at the party ever ODs, is narcan enough or do we still need to call 911?",
            "hay algun numero para llamar de noche o hay que ir a emergencias?",
            "how much is a TB test and do I need to come back to get it read",
            "if my kid ever uses her epipen at school, do we still have to go to the ER after?",
            // set 56: how to do something with the office, "…or do I have to call / come in / go to…"
            "my dad coughs all night. can I book him in or does he have to call himself?",
            "does the Main St clinic do sports physicals or do we have to go downtown?",
            // set 56 audit: "…or do I have to be there / come back / go to the pharmacy"
            "can my 16 yo come to her checkup alone or do I have to be there?",
            "is narcan free here or do i have to go buy it at the pharmacy?",
            "if my kid ever gets stung, should I bring him to y'all or straight to the ER?"})
    void aServiceQuestionCancelsAdviceWithItsReason(String text) {
        Classification c = of(text);
        assertThat(c.labels()).as(text).doesNotContain(Label.MEDICAL_ADVICE);
        assertThat(c.suppressed()).anyMatch(x -> x.label() == Label.MEDICAL_ADVICE
                && x.reason().equals("service question"));
    }

    @Test
    void aNegationStillCancelsWithinTheIfClause() {
        Classification c = of("if he isn't having trouble breathing we can wait until monday right?");
        assertThat(c.labels()).doesNotContain(Label.EMERGENCY);
        assertThat(c.suppressed()).anyMatch(s -> s.label() == Label.EMERGENCY && s.reason().equals("negated"));
    }

    @Test
    void anEmergencyAboutSomeoneElseIsStillOne() {
        assertThat(of("my neighbor is unconscious on the floor and barely breathing").labels())
                .contains(Label.EMERGENCY);
    }

    @ParameterizedTest(name = "asks: {0}")
    @CsvSource(delimiter = '|', value = {
            // an emergency with a clinical question is also a request for advice, in either language
            "he's not breathing right and his lips are blue. do I start cpr??",
            "crushing pain in my chest and my left arm aches. do I need somebody?",
            "his face is drooping on one side and his words are slurred. is he just tired?",
            "she swallowed a button battery an hour ago. milk or honey?",
            "mi hijo se cayó de cabeza y no despierta, ¿será el cansancio?",
            "mi papá tiene la cara chueca y no puede hablar, esperamos a ver si se le pasa?",
            // a last sentence typed without its question mark still asks when it leaves an "or" open
            "a rattlesnake bit my son on the ankle and it's swelling up his leg. tourniquet or no",
            "he's having chest pain and his left arm is numb. aspirin or no",
            "mi hijo se cortó con el vidrio y sale sangre a chorros, le pongo un trapo apretado o q",
            // set 42: "let her nap??", "le sigo dando…??"
            "toddler hit her head on the stairs and threw up twice. let her nap??",
            "no respira bien y se le hunden las costillas, le sigo dando el inhalador??",
            // set 44: a plea for what to do, typed without its mark (open-ending.cues)
            "SE ESTA AHOGANDO CON UN DULCE MI NENA no puede llorar ni toser QUE HAGO",
            "she's turning blue and not breathing, somebody tell me what to do",
            // set 47: "DO I PULL IT OUT"
            "there's a piece of glass stuck in his leg and blood is spurting out. DO I PULL IT OUT",
            // set 48: "should we", a tag "right" after "probably", a question's opening without its mark, a choice
            // of place left open
            "my right side went heavy an hour ago and my words come out thick. my son can drive me to you, should we",
            "crushing weight on my chest and cold sweat, probably just heartburn right lol",
            "she's on oxycodone and impossible to wake, pupils like pinpoints. is that just the pills making her sleepy",
            "A MI PAPA SE LE CAYO LA CARA DE UN LADO Y NO PUEDE HABLAR BIEN. LO LLEVO CON USTEDES O AL HOSPITAL",
            // set 49: "do I …" to the end without its mark, "just sleep it off?", "¿abrimos las ventanas nomás?"
            "she's blue and barely breathing, I have narcan, do i spray it all in one nostril",
            "my face went numb on one side 20 min ago and my words are slurred. just sleep it off?",
            "todos con dolor de cabeza y el bebe no despierta, prendimos el generador adentro. abrimos las ventanas nomas?",
            // set 50: a plea stretched out ("what do i doooo")
            "she's choking and turning blue what do i doooo",
            // set 51: "is it happening again" without its mark
            "had a stroke last spring and now my right arm went weak and my face droops. is it happening again"})
    void anEmergencyThatAsksWhatToDoAlsoAsksForAdvice(String text) {
        Classification c = of(text);
        assertThat(c.labels()).as(text).contains(Label.EMERGENCY, Label.MEDICAL_ADVICE);
        // the evidence is the asking sentence: the text's last question, or its last sentence
        assertThat(c.evidence()).as(text).anyMatch(e -> e.label() == Label.MEDICAL_ADVICE
                && e.rule().equals(Classifier.EMERGENCY_QUESTION_RULE) && text.substring(e.start(), e.end())
                        .equals(e.text()) && (e.text().endsWith("?") || text.endsWith(e.text())));
    }

    @ParameterizedTest(name = "not advice: {0}")
    @CsvSource(delimiter = '|', value = {
            // when a supply arrives, how a rescue medicine works, how long a disease is catching, a refill's how-to,
            // a general question in Spanish
            "when do the flu shots come in?",
            "how does narcan actually work?",
            "how long is a kid with strep contagious?",
            "my mom's refill ran out, what do I do to get it renewed?",
            "en general, ¿se puede tomar agua de la llave?",
            // a replacement asked for, a myth asked about in general
            "my inhaler got stolen with my bag, can it be replaced?",
            "is a canker sore the same thing as a cold sore or is that a myth",
            // set 41: a hypothetical someone, what to do to get a prescription
            "hypothetically, if someone skips a dose, do they need to double the next one?",
            "que hago pa que me receten la pastilla para la presion",
            // set 42: "are you serious?", "en caso de que a alguien…", "ya me diréis qué hago"
            "are you serious? a no show fee during the storm?",
            "en caso de que a alguien le pique un alacran, a partir de cuantas horas es peligroso?",
            "ya me diréis qué hago con la factura",
            // set 47: a ticket to validate, records through the portal
            "is the garage free or do I need to get my ticket validated?",
            "can i get my son's records through the portal or do i have to come in?",
            // set 53: from what age a vaccine may be given is a question about anyone
            "¿desde qué edad se le puede poner la vacuna de la gripe a un bebé, para la temporada?"})
    void questionsThatAreNotAdvice(String text) {
        assertThat(of(text).labels()).as(text).doesNotContain(Label.MEDICAL_ADVICE);
    }

    @Test
    void aTradingPostIsNoCryptoSpam() {
        assertThat(of("got scratched at the trading post, do i need anything for it").labels())
                .contains(Label.MEDICAL_ADVICE).doesNotContain(Label.SPAM);
    }

    @ParameterizedTest(name = "tells or calls: {0}")
    @CsvSource(delimiter = '|', value = {
            // told, not asked; a doubtful "??" after a sign; a call for someone, in either language
            "my dad collapsed and isn't breathing, ambulance is on the way",
            "his lips look kinda grey?? he won't wake up",
            "a man just collapsed in your parking lot, is anyone at the front desk??",
            "my wife's face is drooping and her speech is slurred, why does nobody pick up??",
            "se desmayó mi esposo y no despierta, ¿alguien de la clínica está ahí?",
            // the crisis line, not advice, for someone who may harm themselves
            "how many of my sleeping pills would it take to not wake up tonight?",
            // "or anything", "or so" close a sentence, they do not ask
            "my dad has crushing chest pain and is sweating. he fell earlier but didn't hit his head or anything",
            "my wife collapsed and is barely breathing, taking a breath every 20 seconds or so",
            "my dad's face is drooping, where is everybody??",
            // set 48: "isn't working right" tells
            "his face is drooping and his left hand isn't working right",
            // set 49: "who do I talk to" calls for someone
            "HE IS ON THE FLOOR AND CANT GET UP, HIS LEG IS TURNED ALL WRONG. WHO DO I TALK TO"})
    void anEmergencyThatOnlyTellsOrCallsForSomeoneIsNotAdvice(String text) {
        Classification c = of(text);
        assertThat(c.labels()).as(text).contains(Label.EMERGENCY).doesNotContain(Label.MEDICAL_ADVICE);
    }

    @ParameterizedTest(name = "prescription: {0}")
    @CsvSource(delimiter = '|', value = {
            "can you send more of the white pills to the walgreens on 5th",
            "need a refill on my metformin, out since tuesday",
            "¿me pueden resurtir la receta de la presión?",
            // set 51: a few more pills, an inhaler on empty, "i'd like to start" after asking about a drug, "me receta
            // otra vez el …", "necesito otro antibiótico"
            "could I have a few more tablets of the prednisone, I spilled some",
            "my puffer is on empty, the CVS on Maple please",
            "do any of your doctors do Wegovy? my sister lost 40 lbs and I'd like to start",
            "si la doctora me receta otra vez el omeprazol se lo agradezco",
            "sigo con la tos, creo que necesito otro antibiótico",
            "do your doctors do PrEP? if so I want to start asap"})
    void prescriptionRequestsWithOrWithoutTheWord(String text) {
        assertThat(of(text).labels()).as(text).contains(Label.PRESCRIPTION);
    }

    @Test
    void aQuestionAboutWhatThePracticeOffersIsAnInquiryNotAPrescription() {
        Classification c = of("do you guys prescribe suboxone?");
        assertThat(c.labels()).contains(Label.GENERAL_INQUIRY).doesNotContain(Label.PRESCRIPTION);
    }

    @Test
    void spamThatNamesDrugsIsSpamOnly() {
        Classification c = of("Buy oxycodone and xanax online no prescription, fast shipping, click the link in bio");
        assertThat(c.labels()).containsExactly(Label.SPAM);
    }

    @ParameterizedTest(name = "{1} {2}: {0}")
    @CsvSource(delimiter = '|', value = {
            // a seller who asks to be written to on a messaging app is spam; a patient who uses the practice's is not
            "real pens, no prescription needed, whatsapp me for prices|SPAM|true",
            "hello dear, I am a surgeon on a mission abroad, can we chat on telegram?|SPAM|true",
            "tramadol overnight, telegram @painplug|SPAM|true",
            "¿me pueden mandar la receta de la presion por whatsapp?|SPAM|false",
            "les escribí al whatsapp de la clínica desde el lunes y nadie contesta|SPAM|false",
            "love that I can book by whatsapp now|SPAM|false",
            // set 56: a refill asked for days ago that never reached the pharmacy is a complaint; asked for again
            // ("just send it", "I'm out") it is a prescription request too
            "requested my refill last Tuesday, the pharmacy still has nothing from you. typical|PRESCRIPTION|false",
            "put my refill request through the portal a week ago, still nothing at the pharmacy|PRESCRIPTION|false",
            "called in a refill on monday and walgreens still got nothing, nobody answers either|PRESCRIPTION|false",
            "asked for my refill a week ago and it still says pending, just send it already|PRESCRIPTION|true",
            "called in my refill 5 days ago and the pharmacy has nothing, I'm out as of today|PRESCRIPTION|true",
            "sent a portal message monday about my refill. it's friday. guess I'll just go without|PRESCRIPTION|false",
            // eleventh session audit: therapy for a laugh, a therapy dog, a physical therapist
            "that overtime loss means I need a therapist lol|PHI_DISCLOSURE|false",
            "the therapy dog in the lobby made my whole week|PHI_DISCLOSURE|false",
            "can I book your physical therapist without a referral?|PHI_DISCLOSURE|false",
            "my therapist says my anxiety is getting better|PHI_DISCLOSURE|true",
            // an x-ray asked about has not happened; one had has
            "rolled my ankle at softball, do I actually need an xray?|PHI_DISCLOSURE|false",
            "my xray from tuesday showed a hairline fracture, what now?|PHI_DISCLOSURE|true",
            "the doc spent 5 minutes with me and billed it like open heart surgery|PHI_DISCLOSURE|false",
            // a blood pressure raised by a bill is a figure of speech; a reading with a laugh is still a reading
            "opened the statement and my blood pressure hit the roof. who bills like this??|PHI_DISCLOSURE|false",
            "my bp was 182/110 this morning lol should I worry|PHI_DISCLOSURE|true",
            "my husband claims he's allergic to mondays|PHI_DISCLOSURE|false",
            // the "I" who may need a specialist for a service discloses nothing
            "do you treat psoriasis or do I need a dermatologist|PHI_DISCLOSURE|false",
            // a health event that has not happened, or a heart "attack" over a goal, discloses nothing
            "if my mom ever has a stroke at home, which hospital is closest to you?|PHI_DISCLOSURE|false",
            "casi me infarto con el penal de anoche|PHI_DISCLOSURE|false",
            "my son has asthma. if he ever has an attack at school what do we do?|PHI_DISCLOSURE|true",
            // overdosed on a treat is a joke; on pills it is not
            "OD'd on my grandma's pierogi again lol|PHI_DISCLOSURE|false",
            "my brother OD'd on his pain pills last year and I still worry lol|PHI_DISCLOSURE|true",
            // a pain of 10/10 and "10/10 would not recommend" are no praise
            "belly pain is 10/10 since the procedure and I can't stop shaking|PRAISE|false",
            "they burned my forehead with the laser. 10/10 would not recommend|PRAISE|false",
            "the whole team was 10/10, thank you|PRAISE|true",
            // "qué hago si alguien…" prepares for a day that has not come
            "¿qué hago si alguien se desmaya en la fila? soy voluntaria en la despensa|MEDICAL_ADVICE|false",
            "¿qué hago si alguien se desmaya en la fila? soy voluntaria en la despensa|EMERGENCY|false",
            // whether to be seen or wait is a clinical question; "do you treat that? 😂" is a joke
            "dull ache under my right ribs for a week, make an appt or wait it out?|MEDICAL_ADVICE|true",
            "dull ache under my right ribs for a week, make an appt or wait it out?|GENERAL_INQUIRY|false",
            "my wife says I have selective hearing, do you guys treat that? 😂|GENERAL_INQUIRY|false",
            // a thanks for a two-hour wait, and "thanks to my toddler", are no praise
            "thanks so much for the 2 hour wait today|PRAISE|false",
            "that song is stuck in my head thanks to my toddler|PRAISE|false",
            "thanks to my nurse Jo for the extra blanket|PRAISE|true",
            // coffee running out the side of the mouth is a stroke sign, not a refill
            "grandpa's coffee keeps running out the side of his mouth and he can't talk right|EMERGENCY|true",
            "grandpa's coffee keeps running out the side of his mouth and he can't talk right|PRESCRIPTION|false",
            // a service the practice claims ("dicen que atienden en español") is no question about it
            "dicen que atienden en español y nadie me contestó en español, qué falta de respeto|COMPLAINT|true",
            "dicen que atienden en español y nadie me contestó en español, qué falta de respeto|GENERAL_INQUIRY|false",
            "¿atienden en español?|GENERAL_INQUIRY|true",
            // stitches or a UTI test asked about have not happened yet
            "can I walk in for stitches or do I need an appointment|PHI_DISCLOSURE|false",
            "peeing a lot lately, should I get checked for a UTI?|PHI_DISCLOSURE|false",
            "my daughter got 6 stitches in her chin yesterday, when do they come out?|PHI_DISCLOSURE|true",
            // "nearly passed out" with a fix-your-building or a laugh is a complaint or a joke; with a belly hard as a rock,
            // or "came to but", it is still an emergency by the rules alone
            "she had surgery tuesday, now her belly is hard and she nearly passed out on the stairs|EMERGENCY|true",
            "he passed out at practice and came to but he's pale and his heart is racing|EMERGENCY|true",
            // narcan kept for someone else is a tool, not one's own medicine
            "where can I pick up narcan for the church first aid kit?|PHI_DISCLOSURE|false",
            // "something to help me sleep" asked for is a request, not a disclosure; pills for one's nerves are one
            "¿me puede recetar algo para dormir? llevo semanas sin pegar el ojo|PHI_DISCLOSURE|false",
            "¿me puede recetar algo para dormir? llevo semanas sin pegar el ojo|PRESCRIPTION|true",
            "can the doctor write me something for sleep? up till 4am all week|PHI_DISCLOSURE|false",
            "necesito más de mis pastillas para los nervios|PHI_DISCLOSURE|true",
            // on hold "to ask about a refill" and the refill line are complaints; asked for, a refill is a request
            "4 hours on hold just to ask about a refill. FOUR HOURS.|PRESCRIPTION|false",
            "nobody answers the refill line, ever|PRESCRIPTION|false",
            "calling about my refill, I'm out tomorrow, please send it|PRESCRIPTION|true",
            // an estate attorney who needs records, a body "filing a formal complaint", and a lawyer who will be in touch
            "how do I get my late mom's records? the estate attorney needs them|COMPLAINT|false",
            "my legs are filing a formal complaint after that hike lol|COMPLAINT|false",
            "you botched my surgery, my lawyer will be in touch|COMPLAINT|true",
            // set 58: a late-night search, a threat said for a laugh, a sugar brought down with the doctor's help
            "up at 3am googling if my headache is a brain tumor again 🙃|PHI_DISCLOSURE|false",
            "my aunt swears she's gonna kill her kids if they track mud in again lol. open saturday?|EMERGENCY|false",
            "ya me bajó el azúcar gracias a la doctora, estoy muy agradecida|EMERGENCY|false"})
    void aLabelIsGivenOnlyWhereItsFrameHolds(String text, Label label, boolean given) {
        assertThat(of(text).labels().contains(label)).as(text).isEqualTo(given);
    }

    @Test
    void aHealthDetailOfTheWriterIsADisclosure() {
        assertThat(of("I'm on insulin and my A1C is still 8.1").labels()).contains(Label.PHI_DISCLOSURE);
        assertThat(of("mi esposa tiene diabetes y no le alcanza la insulina").labels())
                .contains(Label.PHI_DISCLOSURE);
        assertThat(of("do you do HIV testing?").labels()).doesNotContain(Label.PHI_DISCLOSURE);
    }

    @Test
    void evidenceSpansPointIntoTheOriginalText() {
        String text = "Hola!! Mi HIJO se CAYÓ y NO REACCIONA 😭";
        Classification c = classifier.classify(text, "dm", null);
        assertThat(c.lang()).isEqualTo("es");
        assertThat(c.evidence()).isNotEmpty().allSatisfy(e ->
                assertThat(text.substring(e.start(), e.end())).isEqualTo(e.text()));
    }

    @Test
    void anElongatedWordIsWholeInItsEvidence() {
        // the rules read "doooo" as "doo"; staff see the word as it was typed
        String text = "he's not breathing what do i doooo";
        NormalizedText normalized = NormalizedText.of(text, java.util.Map.of());
        assertThat(normalized.text()).endsWith("doo");
        assertThat(normalized.originalEnd(normalized.text().length())).isEqualTo(text.length());
        assertThat(normalized.originalEnd(normalized.text().indexOf(" what"))).isEqualTo(text.indexOf(" what"));
        assertThat(of(text).evidence()).anyMatch(e -> e.rule().equals(Classifier.EMERGENCY_QUESTION_RULE)
                && e.text().endsWith("doooo"));
    }

    @Test
    void typosElongationsAndCapsStillMatch() {
        assertThat(of("PLEEEASE HELP my dad cant breath!!!").labels()).contains(Label.EMERGENCY);
    }

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', value = {
            "could you help me understand what these lab numbers show|MEDICAL_ADVICE",
            "my knee pops when I squat, should I be worried?|MEDICAL_ADVICE",
            "he fell off the swing and has a bump, what should we watch for|MEDICAL_ADVICE",
            "is it strep or a cold, my throat has been raw for two days|MEDICAL_ADVICE",
            "can I still work out while on the antibiotics?|MEDICAL_ADVICE",
            "nobody has called me back about my referral|COMPLAINT",
            "honestly so frustrated with how long the portal takes|COMPLAINT",
            "nadie me ha contestado desde el lunes|COMPLAINT",
            "best pediatrician in town, highly recommend|PRAISE",
            "excelente atención, los recomiendo|PRAISE",
            "I need my blood pressure pills renewed before friday|PRESCRIPTION",
            "we switched pharmacies, can you send my son's script to the new one|PRESCRIPTION",
            "se me acabaron las pastillas de la presión|PRESCRIPTION",
            "me mandan la receta a la farmacia de siempre por favor|PRESCRIPTION",
            // families added after held-out-4 (sentences written for this test)
            "my pharmacy says there are no refills left on my inhaler|PRESCRIPTION",
            "I'd like my statin transferred to the walmart pharmacy|PRESCRIPTION",
            "the gabapentin isn't cutting it, could she prescribe me something stronger|PRESCRIPTION",
            "his epipen is expired and the other one is used up, can you order another one|PRESCRIPTION",
            "could Dr. Shah get me back on the wellbutrin|PRESCRIPTION",
            "¿me pueden mandar la insulina de mi mamá a la farmacia de la esquina?|PRESCRIPTION",
            "¿me dan más lorazepam? se me cayó el frasco al lavabo|PRESCRIPTION",
            "que me receten algo diferente, el que tengo me da mareo|PRESCRIPTION",
            "ya nada más me quedan dos pastillas de la presión, ¿me la resurten?|PRESCRIPTION",
            "toddler has a fever and a rash, tylenol or urgent care?|MEDICAL_ADVICE",
            "my knee keeps clicking when I climb stairs, could it be arthritis?|MEDICAL_ADVICE",
            "her stool is pale, does that mean something with her liver|MEDICAL_ADVICE",
            "how long is too long for a cough to hang on|MEDICAL_ADVICE",
            "que jarabe le recomiendan para la tos a un niño de 4 años|MEDICAL_ADVICE",
            // sets 35 and 36: an activity while healing, when an exposure would show, a sign of something, a guess then
            // whether to be seen, a normal reaction, how to check, how urgent; "tan seguido", "lo estaré usando mal"
            "is biking ok with a healing collarbone?|MEDICAL_ADVICE",
            "we got exposed to chickenpox at daycare, how soon would she show symptoms|MEDICAL_ADVICE",
            "my nails have ridges now, is that a sign of something|MEDICAL_ADVICE",
            "he's been limping for a week, growing pains or should we get a checkup|MEDICAL_ADVICE",
            "is this one of those normal reactions to the tetanus shot, my arm is hot|MEDICAL_ADVICE",
            "my daughter might have pinworms, how do we even check|MEDICAL_ADVICE",
            "a tick bit me yesterday, how urgent is this|MEDICAL_ADVICE",
            "¿por qué me salen aftas tan seguido?|MEDICAL_ADVICE",
            "el inhalador no le ayuda, ¿lo estaré usando mal?|MEDICAL_ADVICE",
            // set 37: a medicine safe for someone, a dose that causes this, care tips, pregnancy safety, still protected
            "is ibuprofen safe for someone with kidney disease|MEDICAL_ADVICE",
            "could the new dose be causing this, he's so sleepy|MEDICAL_ADVICE",
            "any tips for getting her to take her pills without a fight|MEDICAL_ADVICE",
            "can I paint the nursery in the third trimester?|MEDICAL_ADVICE",
            "missed my pill two days, am I still protected?|MEDICAL_ADVICE",
            "¿puede comer con azúcar aunque sea poquito?|MEDICAL_ADVICE",
            "¿me salto la pastilla de hoy?|MEDICAL_ADVICE",
            // sets 38 and 39: anything needed for it, outgrowing an allergy, how long before again, still ok to use, what
            // actually works, stop or push through, doubling up, how many more doses; Spanish: how long it may be
            // used, a tip or a visit, the chance it comes back, "se lo puedo dar"
            "i stepped on a rusty nail, do i need anything for it|MEDICAL_ADVICE",
            "can kids outgrow a peanut allergy?|MEDICAL_ADVICE",
            "sprained my wrist, how long before I can climb again|MEDICAL_ADVICE",
            "my inhaler expired last month, is it still ok to use|MEDICAL_ADVICE",
            "poison ivy everywhere, what actually works|MEDICAL_ADVICE",
            "the new pill gives me headaches, stop it or push through?|MEDICAL_ADVICE",
            "forgot my blood pressure pill yesterday, do I double up today?|MEDICAL_ADVICE",
            "how many more doses can he have tonight|MEDICAL_ADVICE",
            "¿cuánto tiempo se puede tomar el omeprazol?|MEDICAL_ADVICE",
            "me salen ronchas con el sol, algún consejo o tengo que consultar?|MEDICAL_ADVICE",
            "tuve preeclampsia, hay más riesgo de que se repita?|MEDICAL_ADVICE",
            "¿se lo puedo dar con leche?|MEDICAL_ADVICE",
            // set 40: whether a device or a remedy works for me; Spanish: "o toca traerlo", "le pasa algo si no lo usa",
            // "me hace daño", "la dejo de tomar", "me conviene", "es por el aparato"
            "do those sleep apps actually work for someone like me|MEDICAL_ADVICE",
            "tiene costritas en la cabeza, ¿se le quita con aceite o toca traerlo?|MEDICAL_ADVICE",
            "¿le pasa algo si no usa el cpap?|MEDICAL_ADVICE",
            "tengo gastritis, ¿el chile me hace daño?|MEDICAL_ADVICE",
            "me da mareo la pastilla nueva, ¿la dejo de tomar?|MEDICAL_ADVICE",
            "quiero saber si el ayuno me conviene con la diabetes|MEDICAL_ADVICE",
            "me duele mucho desde que me pusieron el implante, ¿es por el aparato?|MEDICAL_ADVICE",
            // set 41: whether a therapy would help, a condition then "is X safe", a guess "or a heart thing", ice or heat
            "would physical therapy actually help my back or is it surgery|MEDICAL_ADVICE",
            "with my asthma, is running in the cold safe?|MEDICAL_ADVICE",
            "just getting old or a knee thing|MEDICAL_ADVICE",
            "ice or heat??|MEDICAL_ADVICE",
            // set 42: time to go up, a medicine's US equivalent, tests or a one-off; "es compatible con…?"
            "is it time to go up on my lexapro?|MEDICAL_ADVICE",
            "what is the US equivalent of this inhaler from India|MEDICAL_ADVICE",
            "do I need tests or was that a one-off?|MEDICAL_ADVICE",
            "¿el ibuprofeno es compatible con la warfarina?|MEDICAL_ADVICE",
            "got stitches yesterday, can I go swimming this weekend|MEDICAL_ADVICE",
            "sigo tomando la amoxicilina o la dejo? ya no tengo fiebre|MEDICAL_ADVICE",
            "me salen granitos en la espalda, será acné o algo peor?|MEDICAL_ADVICE",
            "called every day this week and your mailbox is always full|COMPLAINT",
            "the nurse treated my husband like he was faking it|COMPLAINT",
            "the check-in at the new building was a total circus|COMPLAINT",
            "el doctor me habló con un tono bien prepotente|COMPLAINT",
            "ya es el segundo mes con cobros duplicados en mi tarjeta|COMPLAINT",
            "la atención en recepción ha sido pésima toda la semana|COMPLAINT",
            "I appreciate the way your nurses explain everything|PRAISE",
            "the physical therapy team made it all possible, back to hiking|PRAISE",
            "your staff took such good care of my grandpa|PRAISE",
            "easiest blood draw I've ever had, no joke|PRAISE",
            "salí bien satisfecha con la doctora|PRAISE",
            "la mejor pediatra de todo el condado|PRAISE",
            "does the clinic offer lactation classes?|GENERAL_INQUIRY",
            "who's the best dermatologist in your group for acne?|GENERAL_INQUIRY",
            "vamos a llegar como 15 minutos tarde, ¿nos esperan?|GENERAL_INQUIRY",
            "¿tienen talleres para cuidadores?|GENERAL_INQUIRY",
            "Win a free PS5! share this post and tag 3 friends|SPAM",
            "sígueme y te sigo, promo de likes 🔥|SPAM",
            // set 43: advice asked without the usual frame, opening hours said backwards, spam that sells a feature,
            // a relative in trouble, a brand or pills; a complaint that also asks
            "the 10mg of lexapro barely helps anymore, would going up help?|MEDICAL_ADVICE",
            "my brother sliced his thumb on the boat, does he need stitches? or will tape do|MEDICAL_ADVICE",
            "anything besides tylenol that actually helps with shingles pain??|MEDICAL_ADVICE",
            "i'm on warfarin, is it true I can't eat spinach?|MEDICAL_ADVICE",
            "mi esposo tiene gripa y yo estoy embarazada, me puede contagiar?|MEDICAL_ADVICE",
            "dicen que el omeprazol da demencia y yo lo tomo diario, lo dejo?|MEDICAL_ADVICE",
            "me sigue saliendo alta el azucar aunque ya no como pan, que estoy haciendo mal?|MEDICAL_ADVICE",
            "tengo artritis en las rodillas, me conviene un fisioterapeuta?|MEDICAL_ADVICE",
            "a q hora cierran los sabados|GENERAL_INQUIRY",
            "los domingos abren?|GENERAL_INQUIRY",
            "your billing is a mess. do y'all take medicaid or not?|GENERAL_INQUIRY",
            "we'd love to feature your practice on our podcast for a small promo fee|SPAM",
            "soy sobrina de la doctora, estoy en apuros y necesito $200 por western union|SPAM",
            "quieres ser embajadora de nuestra marca de cremas?|SPAM",
            "el que necesite barras de xanax me escribe, precio de amigo|SPAM",
            "la recepcionista bien sangrona, ni me contesto el saludo|COMPLAINT",
            "el consultorio parece congelador, arreglen eso|COMPLAINT",
            "they cancelled on me the morning of, third time this year|COMPLAINT",
            "is the lot plowed yet? coming in at 9 with my dad|GENERAL_INQUIRY",
            "is the Rangeley office open the day after christmas|GENERAL_INQUIRY",
            "general question: how long after a tick bite before lyme would show up?|GENERAL_INQUIRY",
            // set 44: how long a medicine keeps, a disease turned around, activities resumed, remedies, Spanish
            // timing and safety questions; spam of many trades; prescriptions without the word
            "how long is my insulin good out of the fridge if the power goes out?|MEDICAL_ADVICE",
            "I'm prediabetic, can it be turned around with exercise?|MEDICAL_ADVICE",
            "had my wisdom teeth out tuesday, when can I smoke again?|MEDICAL_ADVICE",
            "does gargling salt water actually help a sore throat like mine?|MEDICAL_ADVICE",
            "cuanto tarda en hacer efecto la crema para el hongo?|MEDICAL_ADVICE",
            "mi papa tuvo un derrame y quiere manejar otra vez, es seguro?|MEDICAL_ADVICE",
            "el pan integral en la cena esta bien o es mucha azucar?|MEDICAL_ADVICE",
            "my aunt reversed her diabetes in 3 weeks with this tea, link below|SPAM",
            "we are a leading manufacturer of exam gloves, reply for catalog|SPAM",
            "get your podcast on 500 playlists guaranteed, dm for pricing|SPAM",
            "oxy and adderall, pharma grade, cashapp only|SPAM",
            "you won our holiday raffle! pay the $20 processing fee by venmo to claim|SPAM",
            "cute page 😘 message me on my other account|SPAM",
            "gotitas de ozempic natural, pide las tuyas por inbox|SPAM",
            "can someone call me in something for this sinus infection|PRESCRIPTION",
            "could you switch my metformin from the regular to the ER|PRESCRIPTION",
            "the new doctor lowered my sertraline and i want my old dose back|PRESCRIPTION",
            // set 45: activities after a procedure, lifelong pills, a lump that may go by itself, food and sugar; spam of
            // weight-loss drops, music, card phishing, pills same day, a link in the profile; appointments moved, care
            // established, a parent's signature; complaints
            "can my wife swim two weeks after her knee surgery?|MEDICAL_ADVICE",
            "me dijeron que tengo la presion alta, tengo que tomar pastilla para siempre?|MEDICAL_ADVICE",
            "a mi niño le salio una bolita donde lo vacunaron, se quita solo?|MEDICAL_ADVICE",
            "mi papa puede seguir tomando su aspirina antes de la operacion?|MEDICAL_ADVICE",
            "puedo comer tortillas de maiz o me sube el azucar?|MEDICAL_ADVICE",
            "are these heat patches safe right on the skin?|MEDICAL_ADVICE",
            "lose 20 lbs by summer with our drops, no doctor no needles|SPAM",
            "new single just dropped, spotify in bio|SPAM",
            "Medicare is sending new cards, reply with your Medicare number|SPAM",
            "percs and bars available same day, hit my telegram|SPAM",
            "este te es milagroso, compralo en el link de mi perfil|SPAM",
            "gotta move my thursday 3:30 to next week|GENERAL_INQUIRY",
            "can we establish care here for the winter months?|GENERAL_INQUIRY",
            "does a parent have to sign for my 17 year old's sports physical?|GENERAL_INQUIRY",
            "closing on saturdays is a slap in the face to working people|COMPLAINT",
            "your receptionist could learn some manners|COMPLAINT",
            // set 46: a myth asked about, a holiday's hours; notes, pills, lawsuits and reviews for sale, tickets resold;
            // complaints of decline, smells and danger
            "do copper bracelets actually work or is that just a tiktok thing|GENERAL_INQUIRY",
            "are you open the friday after thanksgiving|GENERAL_INQUIRY",
            "need a doctor's note? instant pdf, looks 100% legit|SPAM",
            "cheap viagra and tramadol, no doctor no problem|SPAM",
            "injured at work? you may be entitled to compensation, call now for a free consultation|SPAM",
            "5 star google reviews for your clinic, $10 each, we write them|SPAM",
            "vendo 2 boletos para el concierto, mandame md|SPAM",
            "ozempic a mitad de precio sin receta, te lo llevo a tu casa|SPAM",
            "this clinic has gone downhill since the merger|COMPLAINT",
            "waiting room smelled like bleach and the heat was off again|COMPLAINT",
            "el estacionamiento es un peligro de noche|COMPLAINT",
            // set 47: advice by a date, for a sleepless parent, on interactions, injections, food in pregnancy and a
            // medicine switched by oneself; spam of agencies, pills and teams; a prescription asked "kindly"
            "is it realistic to run a 5k by spring after my knee scope?|MEDICAL_ADVICE",
            "my dad has dementia and won't sleep at night, anything we can do for it?|MEDICAL_ADVICE",
            "quiero tomar pastillas de magnesio, no choca con mis medicinas?|MEDICAL_ADVICE",
            "a mi mama le sirven las inyecciones de cortisona para la rodilla?|MEDICAL_ADVICE",
            "tengo 10 semanas de embarazo, es seguro comer sushi?|MEDICAL_ADVICE",
            "se me acabo el enalapril, puedo cambiarlo por el losartan de mi esposo?|MEDICAL_ADVICE",
            "we're a social media agency for clinics, DM us for a free strategy call|SPAM",
            "tramadol shipped overnight, no rx questions asked|SPAM",
            "quieres ser parte de mi equipo de emprendedoras? solo ocupas tu celular|SPAM",
            "Dear doctor, my metformin is finished. Kindly send new prescription to the Walgreens on Main.|PRESCRIPTION",
            // set 48: testimonials with an order by WhatsApp, an inheritance to share, free quotes, big pharma
            "mi suegra dejo la insulina con este te de canela, pidanlo por whatsapp|SPAM",
            "soy viuda de un militar y tengo una herencia de $3.5 millones, usted recibira el 20%|SPAM",
            "seguro de auto barato sin licencia, cotiza gratis hoy|SPAM",
            "lost 25 lbs with these gummies and big pharma hates it|SPAM",
            // set 48: a course of a drug sent, a cream needed again, something stronger to try, "ok for the baby"
            "can you send a prednisone burst, my asthma is flaring|PRESCRIPTION",
            "need the steroid cream again, my psoriasis is back|PRESCRIPTION",
            "necesito la pomada otra vez para la rozadura del niño|PRESCRIPTION",
            "hay algo mas fuerte que le pueda dar para la tos?|MEDICAL_ADVICE",
            "my wife is 30 weeks and wants to paint the nursery, is that ok for the baby?|MEDICAL_ADVICE",
            // set 48: no notice, hold without end, nobody owning it, privacy, not asked first, better days; praise
            // in stars, sunshine and a new waiting room
            "they moved my surgery to next month without so much as a call|COMPLAINT",
            "on hold forever again, this is every single time|COMPLAINT",
            "pharmacy blames you, you blame the pharmacy. I just want someone to own it|COMPLAINT",
            "the tech said my HIV test result loud enough for the whole waiting room to hear|COMPLAINT",
            "nobody asked me first before they gave my daughter the shot|COMPLAINT",
            "this used to be a place where the doctor knew your name|COMPLAINT",
            "10 stars if I could, best pediatrician in town|PRAISE",
            "Ms. Linda at checkout is a ray of sunshine|PRAISE",
            "la clinica nueva quedo bien bonita, felicidades|PRAISE",
            // set 49: praise worth the drive, the reason one kept coming, squeezed in, still the best, thanks in other
            // tongues, none beats it, cute in there; complaints of a game, chasing, copays raised, hours cut, rushing,
            // veins, portals; goods and jobs for sale
            "Dr. Patel is worth the drive every single time|PRAISE",
            "nurse Kim you're the reason I kept coming to my appointments|PRAISE",
            "they squeezed my son in same day when he was sick, so grateful|PRAISE",
            "still the best clinic around after all these years|PRAISE",
            "mahalo nui to the whole front desk crew|PRAISE",
            "no clinic in this county beats y'all|PRAISE",
            "gente bien chevere en la recepcion, me ayudaron con todo|PRAISE",
            "I'm not playing these games with the pharmacy anymore, send the refill|COMPLAINT",
            "tired of chasing your staff for a callback|COMPLAINT",
            "y'all raised the copays again and cut the saturday hours|COMPLAINT",
            "the doctor was so rushed I couldn't even ask my question|COMPLAINT",
            "third stick and still no blood, learn to find a vein|COMPLAINT",
            "Round bales for sale, $50 each, we deliver|SPAM",
            "hiring drywall crew, paying $25/hr cash, dm me|SPAM",
            "tamales $18 la docena, pedidos por inbox|SPAM",
            // set 49: which location, a teen booking alone, an appointment pushed, where a clinic moved, when a fair is
            "which of your offices has a lab on site?|GENERAL_INQUIRY",
            "can my 16 year old make her own appointment?|GENERAL_INQUIRY",
            "need to push my friday appointment, work called me in|GENERAL_INQUIRY",
            "ya no esta la clinica de la 26, a donde se movieron?|GENERAL_INQUIRY",
            "a que hora es la feria de salud el sabado?|GENERAL_INQUIRY",
            // set 49: advice too much for the baby, "¿me puede afectar?", which product works; black lung
            "I'm 20 weeks, is a hot tub too hot for the baby?|MEDICAL_ADVICE",
            "tengo asma, me puede afectar trabajar en el congelador?|MEDICAL_ADVICE",
            "que crema sirve para la rozadura del bebe?|MEDICAL_ADVICE",
            "my husband has black lung from 30 years underground|PHI_DISCLOSURE",
            // set 50: something else that works, "¿son seguras para él?", "¿eso me puede hacer recaer?"
            "the metformin upsets my stomach, is there something else that works the same?|MEDICAL_ADVICE",
            "las gomitas de melatonina son seguras para mi niño?|MEDICAL_ADVICE",
            "8 meses sobrio, el jarabe con codeina me puede hacer recaer?|MEDICAL_ADVICE",
            // set 50: the sweetest voice, the right test at last, "obrigado doc", el mejor consultorio, "ni una queja",
            // "se lucieron"; privacy in Spanish
            "the nurse on the phone has the sweetest voice, made my day|PRAISE",
            "Dr. Ruiz ordered the right test after a year of guessing|PRAISE",
            "obrigado doc, still fishing thanks to you|PRAISE",
            "la mejor pediatra de la ciudad sin duda|PRAISE",
            "llevo a mis hijos ahi hace diez años y ni una queja|PRAISE",
            "se lucieron con la fiesta de navidad para los niños|PRAISE",
            "dijeron mi diagnostico en voz alta en la sala llena de gente, cuidado con la privacidad|COMPLAINT",
            // set 51: a time pushed, a specialist down the hall, evening hours, "¿ustedes sacan muelas?", a bad look,
            // empty hands, a thanks for opening on Sundays, served well, "¡los mejores!", the first 50 customers
            "can we bump my 9:30 to friday, truck broke down|GENERAL_INQUIRY",
            "is there a skin doctor at your office? this mole keeps itching|GENERAL_INQUIRY",
            "any weekend appointments yet? i work 7 to 5|GENERAL_INQUIRY",
            "ustedes quitan lunares o me mandan con el dermatologo?|GENERAL_INQUIRY",
            "dirty bathroom at a clinic is not a good look|COMPLAINT",
            "fuimos tres veces por la vacuna y nos mandaron con las manos vacías|COMPLAINT",
            "gracias por abrir los sábados, así no pierdo el día de trabajo|PRAISE",
            "aquí atienden muy bien y cobran justo|PRAISE",
            "las mejores!! 🙌|PRAISE",
            "grand opening this weekend, first 100 guests get a free smoothie|SPAM",
            // set 51: who decided, a "real professional" said last, papers lost again in Spanish
            "who decided to cut the evening hours right before flu season?|COMPLAINT",
            "the nurse rolled her eyes when I asked about my migraines. real professional|COMPLAINT",
            "otra vez me han perdido las formas del seguro|COMPLAINT",
            // set 51: "does no news mean good news" about one's own results
            "my pap was 2 weeks ago and nobody called, does no news mean good news?|MEDICAL_ADVICE",
            // set 52: free parking, a bus stop by the office, a health plan taken, who treats it, a train stop in
            // Spanish, a romance scam, a login asked for, MS
            "is parking free at the Elm St clinic?|GENERAL_INQUIRY",
            "is there a bus stop near your Eastside office?|GENERAL_INQUIRY",
            "do you guys take Community Health Plan?|GENERAL_INQUIRY",
            "eczema: is that something a family doctor handles?|GENERAL_INQUIRY",
            "¿hay parada del camión cerca de la clínica?|GENERAL_INQUIRY",
            "hello dear, your profile caught my eye, I'm an engineer on an oil rig|SPAM",
            "admin please send the login details to our marketing team|SPAM",
            "my dad has MS and can't do stairs anymore|PHI_DISCLOSURE",
            // set 52: lost my test, bless this staff, "atiendan bien a la gente"
            "the lab lost my urine sample so I have to drive back in|COMPLAINT",
            "bless these nurses, seriously|PRAISE",
            "atiendan bien a la gente, no somos animales|COMPLAINT",
            // set 53: a drink "the doctors never told you about", a story to read behind a link
            "this one simple tea doctors don't want you to know about dropped my sugar to 95|SPAM",
            "I beat my arthritis in a month, read my story 👉 naturalhealing.site|SPAM",
            // set 53: a login that fails, a nice touch, a retiring doctor, a health talk or a van that came out,
            // hours that are a joke, on hold since, staff needed, "learn some manners", a delay, another clinic
            "can't log into my portal since the update|GENERAL_INQUIRY",
            "the birthday card from the nurses was such a nice touch|PRAISE",
            "happy retirement Dr. Olsen, enjoy the lake!|PRAISE",
            "gracias por la plática de la diabetes en la escuela, aprendimos mucho|PRAISE",
            "qué bonito que vinieron con las vacunas hasta la lechería|PRAISE",
            "your saturday hours are a joke, open 9 to 10?|COMPLAINT",
            "been on hold since my lunch break started|COMPLAINT",
            "y'all need more nurses in that place, nobody ever picks up|COMPLAINT",
            "the front desk needs to learn some manners|COMPLAINT",
            "perdí el día de trabajo por la demora de ustedes|COMPLAINT",
            "o le cambian la medicina o nos vamos a otra clínica|COMPLAINT",
            // set 53: offices closed for the weather, a grant for medical bills, a link written with [.], activity
            // after a procedure, an organ out, help or tough it out, a remedy for a baby's symptom, a follow-up visit
            "will the Main St clinic be closed tomorrow with the ice storm?|GENERAL_INQUIRY",
            "¿van a abrir mañana con tanta nieve?|GENERAL_INQUIRY",
            "they're giving a $2,500 grant for hospital bills, apply before friday|SPAM",
            "free checkup vouchers at clinicdeals[.]com|SPAM",
            "is it okay to go hunting saturday after my hernia repair?|MEDICAL_ADVICE",
            "should my son have his adenoids out? he snores like a freight train|MEDICAL_ADVICE",
            "my back's been bad since the fall, can the doc help with it or do I just ride it out|MEDICAL_ADVICE",
            "¿se le puede dar manzanilla a mi niña de 1 año para los cólicos?|MEDICAL_ADVICE",
            "a mi hijo le quitaron los puntos en urgencias, ¿tengo que traerlo a revisión o no hace falta?|MEDICAL_ADVICE",
            // set 53: a screening offered, a refill refused "like I'm some kind of addict", a question asked before
            "do y'all screen for skin cancer? my husband has a spot on his back|GENERAL_INQUIRY",
            "the new doctor refused to renew my adderall like I'm some kind of addict|COMPLAINT",
            "left a message monday asking if I can take ibuprofen with my eliquis|MEDICAL_ADVICE",
            // set 54: a price "in this economy", a bill to fix or a post, a toddler's remedy, a missed dose, praise
            // for making it work and never forgetting
            "$40 for a copy of my own records?? in this economy|COMPLAINT",
            "fix my bill or I'm leaving a review everywhere|COMPLAINT",
            "can my 18 month old have peanut butter yet?|MEDICAL_ADVICE",
            "what happens if she misses two doses of her seizure medicine?|MEDICAL_ADVICE",
            "the video kept freezing and the doc still made it work|PRAISE",
            "we will never forget how you cared for dad|PRAISE",
            // set 54: a Botox party, an independent distributor, left waiting, closed for lunch, "¿le va a pasar
            // algo?", "¿o mejor pruebo…?"
            "filler parties at your office, we bring everything, first 10 get 20% off|SPAM",
            "yo bajé 30 libras con este té, soy distribuidora independiente, escríbeme|SPAM",
            "qué bonito servicio, para dejar a uno esperando dos horas 🙄|COMPLAINT",
            "¿abren temprano el sábado? tengo que pasar por la carta|GENERAL_INQUIRY",
            "le di la pastilla de la presión dos veces sin querer, ¿le va a pasar algo?|MEDICAL_ADVICE",
            "¿me manda algo para la tos o mejor pruebo el té de jengibre?|MEDICAL_ADVICE",
            // set 54: parking asked about is an inquiry; what happens in the parking lot is not (below)
            "¿tienen estacionamiento para pacientes?|GENERAL_INQUIRY",
            // set 55: money wired for a stranger's relative, "oh great, another…", nobody who speaks the language,
            // "pls fix", whom to send a receipt, the real hours, fasting, going offshore after surgery
            "my sister in Lagos needs $500 for surgery, please send by Western Union to her name|SPAM",
            "oh great, another automated message telling me to call back later|COMPLAINT",
            "there's never anyone at the front who speaks Somali|COMPLAINT",
            "the reminder texts come in Russian for some reason pls fix|COMPLAINT",
            "I have the receipt for the copay. who do I send it to?|GENERAL_INQUIRY",
            "what are your winter hours at the Elm St office|GENERAL_INQUIRY",
            "is it safe for my mom to fast with her diabetes this year?|MEDICAL_ADVICE",
            "ok to go back offshore 3 weeks after my hernia surgery?|MEDICAL_ADVICE",
            // set 55: thanks for nothing, a busy line, education asked "not for me", symptoms of a disease in
            // general, a bus route, stitches or a bandaid, a new waiting room, a room for rent
            "thanks a lot for nothing, still no callback|COMPLAINT",
            "siempre ocupado el teléfono, ya llamé cinco veces|COMPLAINT",
            "does caffeine raise blood pressure? not me, just curious|GENERAL_INQUIRY",
            "¿qué síntomas da la hepatitis? en la escuela hubo casos|GENERAL_INQUIRY",
            "¿qué camión me deja más cerca de la clínica del centro?|GENERAL_INQUIRY",
            "me corté el dedo con la lata, ¿necesito puntos?|MEDICAL_ADVICE",
            "qué bonita la nueva sala de espera, mis hijos felices|PRAISE",
            "se renta cuarto amueblado cerca de la planta, $400|SPAM",
            "llevé la forma de la escuela hace dos semanas y todavía no la firman|COMPLAINT",
            // set 56: a referral code, a moving or cleaning ad "precios de amigo", whom to report a leak to
            "made $300 on this sports app last weekend, enter my code WIN25 for a bonus|SPAM",
            "Limpieza de alfombras y yardas en Providence, precios de amigo, pregunte por Chago|SPAM",
            "someone at the front desk told my boss about my visit. who do I report this to?|GENERAL_INQUIRY",
            "the bill says I owe $900 again. who do I even talk to about that?|GENERAL_INQUIRY",
            // set 56: the hot tub after surgery, hunting weeks "out from" a replacement, warming someone up,
            // shots "just in case", the direct line, another number, billing, "lástima que…", "no saben lo que
            // eso significa", "qué padre que ya hay…", a paid bill sent to collections
            "my wife had her hip done in March, when is she allowed in the pool?|MEDICAL_ADVICE",
            "can I go fishing 4 weeks out from my shoulder repair?|MEDICAL_ADVICE",
            "what's the quickest way to bring her fever down, she's 6|MEDICAL_ADVICE",
            "a raccoon got into the garage and the kids were petting it, do they need rabies shots just in case?|MEDICAL_ADVICE",
            "what is the direct number for the billing office?|GENERAL_INQUIRY",
            "¿hay otro teléfono? el que tienen en la página no sirve|GENERAL_INQUIRY",
            "necesito hablar con alguien de cobros sobre mi cuenta|GENERAL_INQUIRY",
            "la doctora muy buena, lo malo es que nunca contestan el teléfono|COMPLAINT",
            "no se imaginan lo que eso nos ayudó con mi papá enfermo|PRAISE",
            "qué bueno que ya abrieron los sábados, gracias|PRAISE",
            "me pasaron a cobranza una factura que ya pagué|COMPLAINT",
            // set 56: a mail-order pharmacy is no "order now" promotion, a dose "bumped up", thanks in Cherokee,
            // "¿ya saben cuándo?", a vendor pitching the clinic
            "please move my levothyroxine to mail order now that we have Caremark|PRESCRIPTION",
            "can her insulin be increased? her numbers are 250 every night|PRESCRIPTION",
            "wado to the nurses at the Stilwell clinic for staying late with my grandma|PRAISE",
            "¿ya se sabe para cuándo abren la farmacia nueva?|GENERAL_INQUIRY",
            "Ayudamos a consultorios a llenar su agenda con anuncios en Facebook, escríbanos|SPAM",
            // set 58: a plan by its own name, a visit moved, papers to bring, a game-day closing, "get me in"
            "do y'all accept Peach State Health Plan?|GENERAL_INQUIRY",
            "could my husband move his follow-up to the week after?|GENERAL_INQUIRY",
            "what documents should we bring for the kids' school physicals?|GENERAL_INQUIRY",
            "are you closing early for the parade tomorrow or not?|GENERAL_INQUIRY",
            "can somebody please get me in sooner than March|GENERAL_INQUIRY",
            "¿entonces qué seguros sí aceptan?|GENERAL_INQUIRY",
            "¿a quién le llamo para que me den la cita del especialista?|GENERAL_INQUIRY",
            // and the complaints said without the usual words
            "love the posts about caring for patients, shame you can't call anyone back|COMPLAINT",
            "drove 40 miles this morning only to find the office locked|COMPLAINT",
            "our pediatrician left the practice without telling any of us|COMPLAINT",
            "ya nos tienen hasta la madre con sus mensajes a las 6 de la mañana|COMPLAINT",
            "cierran a las cinco, no piensan en los que trabajamos|COMPLAINT",
            "ya me cansé de llamar al número de la clínica|COMPLAINT",
            "no me dejaron pasar con mi hija a la consulta|COMPLAINT",
            "Dr. Patel said we could go up on my lexapro. can we do the 20?|PRESCRIPTION",
            "necesito más del jarabe que le recetaron a mi niño|PRESCRIPTION",
            // praise without a thanks: a quick visit, "that's how you do it", one's name at the desk, not left alone
            "flu shots for all four kids, in and out in 20 minutes today|PRAISE",
            "your nurse walked my dad to his car in the rain. that's how you do it|PRAISE",
            "en la recepción ya me conocen por mi nombre, me siento como en casa|PRAISE",
            "cuando operaron a mi mamá no nos dejaron solos ni un momento|PRAISE",
            "las gotas me funcionaron de maravilla|PRAISE",
            "thanks for nada, the refill is late again|COMPLAINT",
            "on hold for 40 minutes again 😤|COMPLAINT",
            "the front desk brushed me off and hung up. unacceptable|COMPLAINT",
            "third time this week I've called and nobody picks up|COMPLAINT",
            "les paso el contacto de mi proveedor de té para que lo vendan en la clínica, dejan buena comisión|SPAM",
            // a question on what a symptom is, or whether to be seen or wait, and an emergency that asks what more
            "me arde al orinar desde ayer, ¿es infección o algo de la vejiga?|MEDICAL_ADVICE",
            "me salió un lunar nuevo que sangra, lo checo con alguien o me espero a mi cita?|MEDICAL_ADVICE",
            "tengo dolor en el pecho que se me va al brazo izquierdo, será la presión o algo más|MEDICAL_ADVICE",
            "mi tío se cortó con la sierra y le sale la sangre a chorros, ya le amarramos una toalla, qué más hacemos|MEDICAL_ADVICE",
            "a mi hijo le mordió una víbora en el pie y se le está poniendo morado, ¿le chupamos la herida?|MEDICAL_ADVICE"})
    void phrasingFamiliesOfTheOtherLabels(String text, Label label) {
        assertThat(of(text).labels()).as(text).contains(label);
    }

    // entries whose last alternative ended in \W could never match: the engine adds (?!\w) after every
    // pattern, so a match that ends on a space before a word always failed
    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', value = {
            "I ran out of my thyroid pills on sunday, can someone help|PRESCRIPTION",
            "running low on her seizure meds, what do we do|PRESCRIPTION",
            "how do I get a referral to a podiatrist|GENERAL_INQUIRY"})
    void entriesEndingInANonWordCharacterMatch(String text, Label label) {
        assertThat(of(text).labels()).as(text).contains(label);
    }

    // a swallowed button battery or magnet is an emergency even when the child seems well (clinical-knowledge 1.12),
    // whatever article comes before it
    @ParameterizedTest(name = "swallowed: {0}")
    @CsvSource(delimiter = '|', value = {
            "creo que la nena se tragó la pilita del reloj, está tranquila",
            "mi hijo se comió los imancitos de la pizarra",
            "se trago una bateria de boton el niño"})
    void aSwallowedBatteryOrMagnetIsAnEmergencyByRule(String text) {
        assertThat(of(text).evidence()).as(text).anySatisfy(e -> {
            assertThat(e.label()).isEqualTo(Label.EMERGENCY);
            assertThat(e.rule()).isEqualTo("es/emergency:trago_objeto");
        });
    }

    @Test
    void aThanksOrARefillInAFarewellIsAWarningSignNotPraiseOrARequest() {
        // set 56 audit: a writer who may harm themselves and thanks the doctor is saying goodbye (45 labels)
        Classification c = of("wrote letters for everybody and gave my dog away. tell Dr. Levin thank you for all the years");
        assertThat(c.selfHarm()).isTrue();
        assertThat(c.labels()).contains(Label.EMERGENCY).doesNotContain(Label.PRAISE);
        assertThat(c.suppressed()).anyMatch(x -> x.label() == Label.PRAISE && x.reason().equals("a farewell"));
        Classification refills = of("gave my cat to my sister and wrote everybody letters. you can cancel all my refills");
        assertThat(refills.labels()).contains(Label.EMERGENCY).doesNotContain(Label.PRESCRIPTION);
        assertThat(refills.suppressed()).anyMatch(x -> x.label() == Label.PRESCRIPTION && x.reason().equals("a farewell"));
    }

    @Test
    void aRefillThePharmacyNeverReceivedIsAComplaintOnly() {
        Classification c = of("the drugstore never received my refill and no one picks up at your office");
        assertThat(c.labels()).contains(Label.COMPLAINT).doesNotContain(Label.PRESCRIPTION);
        // told as venting, anywhere in the message, a request in its words is none
        Classification venting = of("I need my refill and CVS says nothing came from you. just venting");
        assertThat(venting.labels()).doesNotContain(Label.PRESCRIPTION);
        assertThat(venting.suppressed()).anyMatch(x -> x.label() == Label.PRESCRIPTION
                && x.reason().equals("told as venting"));
        assertThat(of("la receta de mi insulina nunca llegó a la farmacia, nomás me estoy desahogando").labels())
                .doesNotContain(Label.PRESCRIPTION);
    }


    @ParameterizedTest(name = "{1}, not {2}: {0}")
    @CsvSource(delimiter = '|', value = {
            // a form that "nearly gave me a heart attack" is a complaint, not an emergency
            "the new intake paperwork almost gave me a heart attack, it's 6 pages|COMPLAINT|EMERGENCY",
            // losing records is a complaint, not a records request
            "your office lost my records twice this year|COMPLAINT|GENERAL_INQUIRY",
            // a child who "complains of" a symptom is not a complaint about the practice
            "mi hijo se queja de dolor de oído, ¿le doy algo?|MEDICAL_ADVICE|COMPLAINT",
            // a hypothetical routing question is an inquiry, not advice
            "si algún día mi papá se desmaya, ¿a qué hospital lo llevo?|GENERAL_INQUIRY|MEDICAL_ADVICE",
            // what the practice does, or who may come, "or do I have to go somewhere else" is an inquiry, not advice
            "do y'all treat migraines or do I need to go to a neurologist for that|GENERAL_INQUIRY|MEDICAL_ADVICE",
            "can my husband pick up the forms or do I have to come in myself?|GENERAL_INQUIRY|MEDICAL_ADVICE",
            "ustedes ponen la vacuna del tetano o tengo que ir al centro de salud?|GENERAL_INQUIRY|MEDICAL_ADVICE",
            "sleep apnea, is that something your doctors handle or should we see a specialist|GENERAL_INQUIRY|MEDICAL_ADVICE",
            "does my dad have to come to the physical or can I bring the signed form?|GENERAL_INQUIRY|MEDICAL_ADVICE",
            "can the doctor send my refill there or does it have to go to the walgreens|PRESCRIPTION|MEDICAL_ADVICE",
            // a delivery called "normal" is a price question, not a symptom
            "cuanto cuesta el parto normal?|GENERAL_INQUIRY|MEDICAL_ADVICE",
            "travel vaccines, is that something your clinic offers?|GENERAL_INQUIRY|MEDICAL_ADVICE",
            "what fax number should I send the school forms to?|GENERAL_INQUIRY|MEDICAL_ADVICE",
            "settle a bet: does cracking your knuckles cause arthritis?|GENERAL_INQUIRY|MEDICAL_ADVICE",
            // "she is doing fine now on…" is news, not a question
            "she is doing fine now on the new dose, thank you all|PRAISE|MEDICAL_ADVICE",
            // set 43: a complaint or a thanks that names a service but asks nothing is no inquiry; "vale la pena"
            // before a check-up asks, it does not praise; a child's "diagnosis" is play
            "billing sent my account to collections even though medicaid paid. fix it this week|COMPLAINT|GENERAL_INQUIRY",
            "the interpreter hung up on my dad twice today and nobody called back|COMPLAINT|GENERAL_INQUIRY",
            "la muchacha me arreglo lo del seguro en 5 minutos, muy amable|PRAISE|GENERAL_INQUIRY",
            "tengo tos hace dos semanas, vale la pena que me revisen?|MEDICAL_ADVICE|PRAISE",
            "my 4 year old diagnosed me with a case of the grumpies|OTHER|PHI_DISCLOSURE",
            // set 44: when to arrive and who takes a form are service questions; a licence renewed is no refill; a
            // question word that joins clauses asks nothing
            "how early should I get there for my first appointment|GENERAL_INQUIRY|MEDICAL_ADVICE",
            "I need the school form filled out, who do I bring it to|GENERAL_INQUIRY|MEDICAL_ADVICE",
            "do you do DOT physicals? I need one to renew my CDL|GENERAL_INQUIRY|PRESCRIPTION",
            "the receptionist rolled her eyes when I asked for an interpreter|COMPLAINT|GENERAL_INQUIRY",
            "thank you to the nurse who found my mom a spanish interpreter so fast|PRAISE|GENERAL_INQUIRY",
            "do you give the hep B vaccine or do I go to the pharmacy?|GENERAL_INQUIRY|PHI_DISCLOSURE",
            // set 46: a way to reschedule is a service question; a remedy's myth is an education question
            "can I reschedule through the portal or do I have to call?|GENERAL_INQUIRY|MEDICAL_ADVICE",
            "do copper bracelets actually work or is that just a tiktok thing|GENERAL_INQUIRY|MEDICAL_ADVICE",
            // set 48: a thanks beside a complaint with an eye roll and no "but" is sarcasm (sarcasm.cues)
            "love how the phone tree has 9 options and none of them is a human 🙃|COMPLAINT|PRAISE",
            "mil gracias por perder mis papeles otra vez, excelente servicio 🙄|COMPLAINT|PRAISE",
            "Great job guys, cancelled my appointment without telling me. Again. 👏👏|COMPLAINT|PRAISE",
            // set 56 audit: or said outright, "love that for me", "great system"
            "love how nobody answers the phone for three days. great system|COMPLAINT|PRAISE",
            "showed up on time and was told nobody called to cancel. love that for me|COMPLAINT|PRAISE",
            "the front desk read my diagnosis out loud to the whole waiting room. thanks for that|COMPLAINT|PRAISE",
            "your doctor brushed me off and I ended up in the hospital. recovered, no thanks to you|COMPLAINT|PRAISE",
            // set 49: a form to sign, something a dentist wants to give, an inhaler given, a script handed by mistake
            "my kid's camp needs a doctor to sign the form, do you do that?|GENERAL_INQUIRY|PRESCRIPTION",
            "the dentist wants to give me something for pain, is that safe with my suboxone?|MEDICAL_ADVICE|PRESCRIPTION",
            "do i give her the inhaler again if she's still coughing at night?|MEDICAL_ADVICE|PRESCRIPTION",
            "I'm allergic to sulfa and the nurse still tried to hand me a script for Bactrim|PHI_DISCLOSURE|PRESCRIPTION",
            // set 49: a card that says congrats, a grandmother who would have loved a post, zero stars, a thanks for
            // wasting an afternoon, a diagnosis of early Alzheimer's
            "I had a miscarriage and you mailed me a congrats on your pregnancy card|PHI_DISCLOSURE|PRAISE",
            "my grandpa would've loved this post, he farmed that land|OTHER|PRAISE",
            "worst clinic ever, 0 stars if I could|COMPLAINT|PRAISE",
            "door locked at 4:15 when the sign says 5. thanks for wasting my afternoon|COMPLAINT|PRAISE",
            "my dad was just diagnosed with early Parkinson's, do you have a neurologist?|GENERAL_INQUIRY|PRAISE",
            // set 49: appointments cancelled by an evacuation, "why do I have to come in" are no advice
            "if there's a hurricane evacuation do appointments get cancelled or do we need to call?|GENERAL_INQUIRY|MEDICAL_ADVICE",
            // set 50: a doctor who sat with a family for an hour is praised; a review that went from 5 stars to 1 is not
            "Dr. Obi sat with my dad for an hour explaining his diagnosis, so grateful|PRAISE|COMPLAINT",
            "Went from 5 stars to 1 star. New management ruined this place.|COMPLAINT|PRAISE",
            // set 51: to be served well "a ver si así sí" is no praise
            "estoy harta de esperar, a ver si así sí me atienden bien|COMPLAINT|PRAISE",
            // set 51: a TB test a job asks for, shot records, a blood pressure screening are nobody's health detail
            "how much is a TB test for my new job at the school?|GENERAL_INQUIRY|PHI_DISCLOSURE",
            "can I get my son's shot records emailed to the school?|GENERAL_INQUIRY|PHI_DISCLOSURE",
            "is there a fee for a blood pressure screening day at our VFW? do your nurses come out?|GENERAL_INQUIRY|PHI_DISCLOSURE",
            // set 51: a same-day appointment "like a lottery" is no lottery spam
            "nobody answers at 8 sharp, getting a same day here is like a lottery|COMPLAINT|SPAM",
            // set 52: "not one person gave me a look" is a thanks
            "my kid melted down in the lobby and not one person gave us a dirty look. bless this staff|PRAISE|COMPLAINT",
            // set 53: "great job losing my chart"; "¿así tratan a la gente?" asks nothing; "¿cuál es la mejor
            // pediatra?" praises no one
            "great job losing my chart twice, and nobody called me back|COMPLAINT|PRAISE",
            "llevo tres horas esperando y nadie me dice nada. ¿así tratan a los pacientes?|COMPLAINT|GENERAL_INQUIRY",
            "¿cuál es la mejor pediatra de la clínica? ¿atienden prematuros?|GENERAL_INQUIRY|PRAISE",
            // set 53: "found that out after the visit" praises no one; a pharmacy that won't fill it is no complaint
            "the portal says you take my plan, found out after the visit you don't. nobody called me back|COMPLAINT|PRAISE",
            "the pharmacy won't fill my tramadol till you redo the prior auth, can you send it today|PRESCRIPTION|COMPLAINT",
            "ojo con el señor que anda en el estacionamiento pidiendo dinero, ya me pidió a mí|OTHER|GENERAL_INQUIRY",
            // a review of the session's entries: asking for someone at the desk is no distributor's pitch
            "pregunten por mí en recepción, soy paciente nueva|GENERAL_INQUIRY|SPAM",
            // set 56: the portal, the parking lot or a branch named in a statement asks nothing; asked about, they do
            "el portal no sirve, se cierra cada vez que quiero pagar. arreglen eso|COMPLAINT|GENERAL_INQUIRY",
            "la recepcionista de la sucursal del norte me gritó delante de todos, qué falta de respeto|COMPLAINT|GENERAL_INQUIRY",
            "no me llega el código para entrar en el portal, ya lo pedí tres veces|GENERAL_INQUIRY|COMPLAINT",
            "quería saber si ya llegaron mis análisis de la tiroides|GENERAL_INQUIRY|MEDICAL_ADVICE",
            "la clínica del centro tiene estacionamiento o dejo el carro en la calle|GENERAL_INQUIRY|COMPLAINT",
            "me cobraron el copago dos veces y nadie contesta en facturación. qué falta de respeto|COMPLAINT|GENERAL_INQUIRY",
            "una pregunta, el medicaid cubre los lentes o nada más el examen|GENERAL_INQUIRY|COMPLAINT",
            // a result read in the portal asks what it means, not about the portal
            "me llegaron los labs al portal y dice trigliceridos 410, eso es grave?|MEDICAL_ADVICE|GENERAL_INQUIRY",
            // set 56 audit: whether a symptom needs a visit is advice; a walk-in named as a place and a "next
            // available" told in anger ask nothing
            "do we need an appointment for this rash or is the drugstore cream fine?|MEDICAL_ADVICE|GENERAL_INQUIRY",
            "got my tetanus shot at your walk-in this morning and the arm is huge, is that normal?|MEDICAL_ADVICE|GENERAL_INQUIRY",
            "next available is in March. this is ridiculous|COMPLAINT|GENERAL_INQUIRY",
            "is the walk-in open on the 4th of july|GENERAL_INQUIRY|COMPLAINT",
            // set 56 audit: "is that a thing?" about a symptom is advice; telehealth named in passing asks nothing
            "my jaw clicks every time I chew, is that a dentist thing or a doctor thing?|MEDICAL_ADVICE|GENERAL_INQUIRY",
            "can the telehealth doc call in drops for pink eye, cvs on main|PRESCRIPTION|GENERAL_INQUIRY",
            "is acne something your doctors treat or is that a specialist thing|GENERAL_INQUIRY|MEDICAL_ADVICE",
            "is telehealth still a thing here or is it all in person now|GENERAL_INQUIRY|COMPLAINT",
            // set 56 audit: "¿pido cita o se quita sola?" asks whether to be seen; "sin cita" beside a refill asks for
            // the refill; a new doctor in a complaint; a prior auth told, not chased; a fishhook pushed through
            "tengo tos seca hace una semana, sin fiebre. ¿pido cita o se me quita sola?|MEDICAL_ADVICE|GENERAL_INQUIRY",
            "se me acabó el losartán, ¿me lo pueden mandar sin cita?|PRESCRIPTION|GENERAL_INQUIRY",
            "la doctora nueva no habla nada de español, qué falta de respeto|COMPLAINT|GENERAL_INQUIRY",
            "the prior auth for my Humira sat on someone's desk for two weeks. just venting|COMPLAINT|PRESCRIPTION",
            "fishhook in my son's thumb past the barb, push it through or come in?|MEDICAL_ADVICE|PRESCRIPTION",
            "the prior auth for my ozempic got denied again, can you resubmit it today|PRESCRIPTION|GENERAL_INQUIRY",
            // set 56 audit: a question asked for effect (rhetorical.cues) asks for no form; a real one beside it does
            "why does it take 3 weeks to sign a school form??? this is ridiculous|COMPLAINT|GENERAL_INQUIRY",
            "$45 to fill out a one page camp form, are y'all serious?? this is ridiculous|COMPLAINT|GENERAL_INQUIRY",
            "the school form is still not signed, this is ridiculous. who do I even call about it?|GENERAL_INQUIRY|PRAISE",
            "been trying to get my kid's records sent to his new school since august. still nothing. ridiculous|COMPLAINT|GENERAL_INQUIRY",
            "$40 for a copy of my own records?? this is ridiculous|COMPLAINT|GENERAL_INQUIRY",
            "can I get a z-pack without coming in? my throat is on fire, cvs on main|PRESCRIPTION|GENERAL_INQUIRY",
            "can you guys call something in for pink eye? both eyes crusted shut, walgreens on 3rd|PRESCRIPTION|MEDICAL_ADVICE",
            // set 56 audit: "¿me hacen otra receta?" asks for a prescription, not what the practice does
            "se me perdió el frasco de la levotiroxina, ¿me hacen otra receta?|PRESCRIPTION|GENERAL_INQUIRY",
            "¿atienden niños los sábados?|GENERAL_INQUIRY|PRESCRIPTION",
            // set 56 audit: how much a child should drink is advice; a price, an elevator or a phone number told in a
            // complaint asks nothing; the pharmacy's old directions are no directions to the clinic
            "he has hand foot and mouth and won't drink. how much does he need to drink a day?|MEDICAL_ADVICE|GENERAL_INQUIRY",
            "elevator's been broken 2 weeks and nobody cares. my mom uses a walker|COMPLAINT|GENERAL_INQUIRY",
            "voicemail full again, nobody calls back. what is the point of having a phone number|COMPLAINT|GENERAL_INQUIRY",
            "how much is a sports physical without insurance?|GENERAL_INQUIRY|COMPLAINT",
            // set 56 audit: moving prescriptions is a prescription request, not an appointment; another business's
            // hours are none of the practice's
            "we moved, please move all my prescriptions to the CVS on Elm|PRESCRIPTION|GENERAL_INQUIRY",
            "need to move thursday 10am to anything next week, my shift changed|GENERAL_INQUIRY|PRESCRIPTION",
            "anybody know if the taco truck across the street is open yet|OTHER|GENERAL_INQUIRY",
            // set 56 audit: "can you fix it" asks, "I'll fight anybody 😤❤️" praises, a heart attack "when the fire
            // alarm went off" is a joke
            "the pharmacy still has the old dose on file for my refill, can u fix it|PRESCRIPTION|COMPLAINT",
            "best office in town and I will fight anybody who says different 😤❤️|PRAISE|COMPLAINT",
            "almost had a heart attack when the fire alarm went off in the lobby 😂|OTHER|COMPLAINT",
            // set 56 audit: a closing "Dios los bendiga" on a request is no praise
            "necesito la receta de la insulina Lantus, ya me queda muy poquita. Dios los bendiga|PRESCRIPTION|PRAISE",
            "Dios los bendiga por todo lo que hacen por los abuelitos|PRAISE|COMPLAINT",
            // set 57 (after scoring): a portal locked out, a beer after a shot, pills all at once, a flu shot with a
            // cold; a scam that asks to be inboxed, a pharmacy site written with spaces; a practice one "used to love",
            // a drive "for nothing", "would be nice if someone answered"
            "locked out of mychart again and the reset link expired, help|GENERAL_INQUIRY|COMPLAINT",
            "got my tetanus shot today, how long till I can have a beer?|MEDICAL_ADVICE|GENERAL_INQUIRY",
            "my dad takes 8 pills now, is it ok he takes them all at once with breakfast?|MEDICAL_ADVICE|PRESCRIPTION",
            "can I still get a flu shot if I have a cold? no fever|MEDICAL_ADVICE|GENERAL_INQUIRY",
            "Dear, kindly inbox me your email for a donation for my sick mother|SPAM|MEDICAL_ADVICE",
            "found cheaper meds at pharma-deals . net, their doctors will prescribe anything|SPAM|PRESCRIPTION",
            "used to love this practice before the new owners, now it's a factory. ridiculous|COMPLAINT|PRAISE",
            "drove in from the farm with 3 kids for nothing, the sign said walk ins welcome|COMPLAINT|GENERAL_INQUIRY",
            "can you up my dose? would be nice if someone answered the phone for once|COMPLAINT|PRAISE",
            "mi niña está en el hospital, comparte esta publicación y Dios te bendecirá, donen al cashapp $milagro|SPAM|COMPLAINT",
            "qué bonita, vi tu foto de perfil, quieres conocer a un hombre serio? escríbeme|SPAM|PRAISE",
            "denle un aumento a la enfermera Lupita, siempre tan atenta con los abuelitos|PRAISE|COMPLAINT",
            // set 56 audit: sitting down for a minute, a train stuck for 25, hold music that slaps and "years of
            // nobody listening" before the doctor who did are no complaints
            "got dizzy mowing, sat down for 10 min and it passed. should I still get checked?|MEDICAL_ADVICE|COMPLAINT",
            "thank you so much Dr. Pruitt for getting my pressure under control after 10 years of nobody listening|PRAISE|COMPLAINT",
            "sat in the waiting room 2 hours past my appointment time. unbelievable|COMPLAINT|PRAISE",
            // set 56 audit: a refill told "not asking for anything", a CDL renewal
            "CVS waited a week on you for my refill and nobody answers. not asking for anything, already got it|COMPLAINT|PRESCRIPTION",
            "how much for a DOT physical? my CDL renewal is due the 30th|GENERAL_INQUIRY|PRESCRIPTION",
            // set 58: a service asked of "any of your doctors", someone's own interpreter, what to bring
            "do any of your providers prescribe buprenorphine or do I have to drive to Spokane?|GENERAL_INQUIRY|MEDICAL_ADVICE",
            "can my son interpret for his grandpa or does it have to be your interpreter?|GENERAL_INQUIRY|MEDICAL_ADVICE",
            "how early should I get there for my first appointment? and do I bring my meds or just a list?|GENERAL_INQUIRY|MEDICAL_ADVICE",
            // the "I" who must go elsewhere for a service discloses nothing
            "do you do strep testing there or do I have to go to urgent care?|GENERAL_INQUIRY|PHI_DISCLOSURE",
            "¿ustedes hacen el papanicolaou o tengo que ir con un ginecólogo?|GENERAL_INQUIRY|PHI_DISCLOSURE"})
    void lookAlikesOfTheServiceLabels(String text, Label label, Label not) {
        assertThat(of(text).labels()).as(text).contains(label).doesNotContain(not, Label.EMERGENCY);
    }

    @Test
    void askingTheDoctorToDoSomethingIsNoQuestionOfHarm() {
        // "¿le va a pasar algo?" asks whether a mistake will harm; "¿me puede hacer algo para la tos?" asks for help
        assertThat(of("doctora, ¿me puede hacer algo para la tos? ya no aguanto").labels())
                .doesNotContain(Label.MEDICAL_ADVICE);
        assertThat(of("le di dos veces la pastilla de la presión, ¿le va a hacer algo?").labels())
                .contains(Label.MEDICAL_ADVICE);
    }

    @Test
    void goingToTheErIsNoThreatToChangeClinics() {
        // "mejor me voy a otra clínica" is a complaint; "mejor me voy a urgencias?" asks in an emergency
        String text = "me duele el pecho desde hace rato, mejor me voy a urgencias?";
        assertThat(of(text).labels()).as(text).contains(Label.EMERGENCY).doesNotContain(Label.COMPLAINT);
    }

    @Test
    void aDoctorAskedForInAnEmergencyIsACallForHelpNotAnInquiry() {
        // set 51: "is there a foot doctor in your office?" asks about a service; this calls for someone
        String text = "my neighbor is on the floor and not breathing right, is there a doctor in your building right now???";
        assertThat(of(text).labels()).as(text).contains(Label.EMERGENCY).doesNotContain(Label.GENERAL_INQUIRY);
    }

    @Test
    void aSarcasticThanksShowsItsPraiseAsSuppressedAndAContrastKeepsBoth() {
        // set 55: a word in scare quotes marks it too
        assertThat(of("thanks for the \"reminder\" call after you cancelled on me. so helpful").labels())
                .contains(Label.COMPLAINT).doesNotContain(Label.PRAISE);
        Classification sarcastic = of("thank you so much for the warm welcome from the rude receptionist 🙃");
        assertThat(sarcastic.labels()).contains(Label.COMPLAINT).doesNotContain(Label.PRAISE);
        assertThat(sarcastic.suppressed()).anyMatch(x -> x.label() == Label.PRAISE && x.reason().equals("sarcasm"));
        assertThat(of("love love LOVE the nurses but billing overcharged me twice 🙃").labels())
                .contains(Label.COMPLAINT, Label.PRAISE);
        assertThat(of("la doctora es un amor pero la recepción es un desastre 🙄").labels())
                .contains(Label.COMPLAINT, Label.PRAISE);
        // an eye roll without a complaint leaves a thanks alone
        assertThat(of("my son broke his wrist on the trampoline 🙄 and the PA was amazing with him").labels())
                .contains(Label.PRAISE);
    }

    @Test
    void aComplaintThatNamesAServiceButAsksNothingShowsTheInquiryAsSuppressed() {
        Classification c = of("the interpreter line hung up on my mom twice today and nobody called her back");
        assertThat(c.labels()).contains(Label.COMPLAINT).doesNotContain(Label.GENERAL_INQUIRY);
        assertThat(c.suppressed()).anyMatch(x -> x.label() == Label.GENERAL_INQUIRY
                && x.text().equals("interpreter") && x.reason().equals("no question or request"));
        // the same complaint with a question keeps its inquiry
        assertThat(of("the interpreter line hung up on my mom and nobody called back. is there another number?").labels())
                .contains(Label.COMPLAINT, Label.GENERAL_INQUIRY);
    }

    @ParameterizedTest(name = "{1}, not {2}: {0}")
    @CsvSource(delimiter = '|', value = {
            // set 58: a refill kept waiting, late or not where it should be is a complaint unless asked for again
            "been waiting 4 days for my refill, thanks for nothing|COMPLAINT|PRESCRIPTION",
            "my lisinopril refill was late again and I missed two doses. ridiculous|COMPLAINT|PRESCRIPTION",
            "still waiting on y'all to send my rx over, day 5 now. unbelievable|COMPLAINT|PRESCRIPTION",
            // "call me in a week" is a time, not a drug; a thing "in order" is no sales pitch
            "they said they'd call me in a week with the biopsy. it's been three. ridiculous|COMPLAINT|PRESCRIPTION",
            "thank you for the free car seat check at your fall fair!|PRAISE|SPAM",
            // a pressure "through the roof" on hold and a late-night search are figures of speech
            "my blood pressure goes through the roof waiting on hold with billing for 40 minutes|COMPLAINT|PHI_DISCLOSURE",
            // dying of waiting, laughing, and a relative who "nearly passed out" in a hot room are complaints
            "me quiero morir de tanto esperar, dos horas en la sala y nadie nos llama|COMPLAINT|EMERGENCY",
            "my mom almost passed out in your hot waiting room for an hour. fix the AC|COMPLAINT|EMERGENCY",
            // a hospital stay after a blood thinner was doubled is a complaint about the past
            "le doblaron el coumadin a mi papá y terminó hospitalizado con sangrado, voy a poner queja|COMPLAINT|EMERGENCY",
            // asking whether antibiotics are needed is advice; asking for them for a named infection is not a question
            "do I need antibiotics for this spider bite or just keep it clean?|MEDICAL_ADVICE|PRESCRIPTION",
            "can you call in something for my ear infection? CVS on Main|PRESCRIPTION|MEDICAL_ADVICE",
            "is it safe to take 2 instead of 1 when the pain is bad?|MEDICAL_ADVICE|PRESCRIPTION",
            // a baby's age in weeks is no pregnancy
            "mi bebé tiene 2 semanas y está muy amarillo, ¿es normal?|MEDICAL_ADVICE|PHI_DISCLOSURE",
            // a visit over in 3 minutes is no praise
            "the doctor was in and out in like 3 minutes and never looked at his ears. ridiculous|COMPLAINT|PRAISE",
            // "love how …" beside a complaint is said for effect; "nobody listens" is no praise of listening
            "love how it took 5 calls to book a physical. unacceptable|COMPLAINT|PRAISE",
            "I called four times about my results and nobody listens to me. ridiculous|COMPLAINT|PRAISE",
            // a locked portal and a form that may be faxed are no clinical questions
            "no me llega el código del portal, ya lo pedí tres veces, ¿qué hago?|GENERAL_INQUIRY|MEDICAL_ADVICE",
            "do I have to come in for the school form or can you just fax it?|GENERAL_INQUIRY|MEDICAL_ADVICE",
            // a plan for a day that has not come asks about the practice, not for care now
            "if my daughter ever gets stung and swells up, do we come to you or go to the ER?|GENERAL_INQUIRY|MEDICAL_ADVICE",
            "si a mi papá le llega a dar un ataque de asma en la noche, ¿lo traigo con ustedes o a urgencias?|GENERAL_INQUIRY|MEDICAL_ADVICE"})
    void aLookAlikeGetsItsLabelNotTheOther(String text, Label label, Label not) {
        assertThat(of(text).labels()).as(text).contains(label).doesNotContain(not);
    }

    @ParameterizedTest(name = "no complaint: {0}")
    @CsvSource(delimiter = '|', value = {
            // eleventh session audit: a huff at a cousin, "ok or not ok?", a parent "losing my mind lol", and a
            // farewell's "the kids will do better without me" name nothing the practice did (36 labels)
            "my cousin keeps stealing my fries 😤",
            "swollen ankle after my run, ok or not ok?",
            "my 2 month old won't nap and I'm losing my mind lol. is that normal?",
            "everyone will do better without me around. the letters are on the table",
            // other doctors who brushed the writer off, a pill taken twice by mistake, "I don't care which one"
            "Dr. Vu finally took my pain seriously when two other doctors brushed me off. thank you",
            "my dad took his bp pill twice by mistake, he feels fine. do we need to do anything?",
            "I need something for the flight, I don't care which one",
            // an illness back for the third time this winter, a drugstore that closed early
            "pink eye for the 3rd time this winter, can you call in the drops again",
            "the pharmacy closed early so can you send my script to the 24 hour one"})
    void aMoodWithNoTargetIsNoComplaint(String text) {
        assertThat(of(text).labels()).as(text).doesNotContain(Label.COMPLAINT);
    }

    @ParameterizedTest(name = "disclosure: {0}")
    @CsvSource(delimiter = '|', value = {
            "my creatinine came back at 1.8 last week",
            "two days after my shoulder scope and it still throbs",
            "the booster she had yesterday left her arm sore",
            "type 1 diabetic for 20 years, looking for a new endo",
            "post-op from the hernia repair, when can I lift",
            "me quedé sin insulina desde el sábado",
            "a mi hija le dio infección de orina otra vez",
            "tengo 28 semanas y me duele la espalda",
            // set 44: hep C, children who woke up with something, months clean, weeks with twins
            "I've got hep C and cut my hand at work",
            "both kids woke up with pink eye this morning",
            "6 mos clean and going strong",
            "my daughter is 30 weeks with twins and her feet are swelling",
            // set 51: the guards on a job's TB test and a screening keep one's own
            "my TB test came back positive and now they want a chest x-ray",
            "my blood pressure was 170 over 100 at the screening"})
    void disclosuresWithoutTheUsualFrame(String text) {
        assertThat(of(text).labels()).as(text).contains(Label.PHI_DISCLOSURE);
    }
}
