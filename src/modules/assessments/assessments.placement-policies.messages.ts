import { defineMessages } from '../../platform/i18n/catalog.ts';

/** The facilities' placement policies page (`/admin/placement-policies`). */
export const placementPolicyMessages = defineMessages(
  {
    'nav.placementPolicies': 'Placement policies',
    'placementPolicies.title': 'Facility placement policies',
    'placementPolicies.lead':
      'Which options each facility runs for people assessed as violent extremists or at risk. A classification proposal offers the least restrictive option the facility runs that manages the risk; a facility with no recorded policy is treated as running all three.',
    'placementPolicies.option.dispersal': 'Dispersal (in the general population)',
    'placementPolicies.option.concentration': 'Concentration (a few units)',
    'placementPolicies.option.separation': 'Separation (specialist unit, last resort)',
    'placementPolicies.notRecorded': 'Not recorded: all three',
    'placementPolicies.legend': 'Options run by {name}',
    'placementPolicies.save': 'Save the policy',
    'placementPolicies.saved': 'The placement policy was saved.',
    'placementPolicies.none': 'There are no facilities in your units.',
    'assessments.refusal.placement_option_required': 'Choose at least one placement option the facility runs',
  },
  {
    ky: {
      'nav.placementPolicies': 'Жайгаштыруу саясаты',
      'placementPolicies.title': 'Мекемелердин жайгаштыруу саясаты',
      'placementPolicies.lead':
        'Зомбулуктуу экстремист же тобокелдикте деп бааланган адамдар үчүн ар бир мекеме кайсы варианттарды колдонот. Классификация сунушу мекеме колдонгон, тобокелдикти башкара турган эң аз чектөөчү вариантты сунуштайт; саясаты жазылбаган мекеме үч вариантты тең колдонот деп эсептелет.',
      'placementPolicies.option.dispersal': 'Чачыратуу (жалпы контингент арасында)',
      'placementPolicies.option.concentration': 'Топтоо (бир нече бөлүктө)',
      'placementPolicies.option.separation': 'Бөлүп кармоо (атайын бөлүк, акыркы чара)',
      'placementPolicies.notRecorded': 'Жазылган эмес: үчөө тең',
      'placementPolicies.legend': '{name} колдонгон варианттар',
      'placementPolicies.save': 'Саясатты сактоо',
      'placementPolicies.saved': 'Жайгаштыруу саясаты сакталды.',
      'placementPolicies.none': 'Сиздин бөлүмдөрүңүздө мекеме жок.',
      'assessments.refusal.placement_option_required': 'Мекеме колдонгон жок дегенде бир жайгаштыруу вариантын тандаңыз',
    },
    ru: {
      'nav.placementPolicies': 'Политика размещения',
      'placementPolicies.title': 'Политика размещения учреждений',
      'placementPolicies.lead':
        'Какие варианты применяет каждое учреждение для лиц, оценённых как насильственные экстремисты или находящихся в группе риска. Предложение классификации выбирает наименее ограничительный из применяемых учреждением вариантов, который позволяет управлять риском; учреждение без записанной политики считается применяющим все три.',
      'placementPolicies.option.dispersal': 'Рассредоточение (среди общего контингента)',
      'placementPolicies.option.concentration': 'Концентрация (в нескольких отрядах)',
      'placementPolicies.option.separation': 'Отдельное содержание (специальный участок, крайняя мера)',
      'placementPolicies.notRecorded': 'Не записана: все три',
      'placementPolicies.legend': 'Варианты, применяемые в {name}',
      'placementPolicies.save': 'Сохранить политику',
      'placementPolicies.saved': 'Политика размещения сохранена.',
      'placementPolicies.none': 'В ваших подразделениях нет учреждений.',
      'assessments.refusal.placement_option_required': 'Выберите хотя бы один вариант размещения, который применяет учреждение',
    },
  },
);
